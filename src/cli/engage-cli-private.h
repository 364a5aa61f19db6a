/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit codes of engage-cli, as DESIGN.md "Command line" defines them. */
typedef enum
{
  ENGAGE_EXIT_OK = 0,
  ENGAGE_EXIT_FINDINGS = 1,
  ENGAGE_EXIT_USAGE = 2,
  ENGAGE_EXIT_PROJECT_REFUSED = 3,
  ENGAGE_EXIT_INPUT_REFUSED = 4,
} EngageExitCode;

typedef int (*EngageCliCommand) (int    argc,
                                 char **argv);

int  engage_cli_new         (int          argc,
                             char       **argv);
int  engage_cli_info        (int          argc,
                             char       **argv);
int  engage_cli_export_report (int        argc,
                               char     **argv);
int  engage_cli_export_chart (int         argc,
                              char      **argv);
int  engage_cli_export_ics   (int          argc,
                             char       **argv);
int  engage_cli_export_csv   (int          argc,
                             char       **argv);
int  engage_cli_import_posts (int          argc,
                             char       **argv);
int  engage_cli_import_metrics (int        argc,
                                char     **argv);
int  engage_cli_import_nps   (int          argc,
                              char       **argv);
int  engage_cli_kpi_list     (int          argc,
                              char       **argv);
int  engage_cli_kpi_record   (int          argc,
                              char       **argv);
int  engage_cli_check        (int          argc,
                              char       **argv);
int  engage_cli_export_guideline (int      argc,
                                  char   **argv);

int  engage_cli_fail        (int          code,
                             const char  *format,
                             ...) G_GNUC_PRINTF (2, 3);
int  engage_cli_fail_error  (const GError *error);
int  engage_cli_usage_error (GOptionContext *context,
                             const char     *message);

G_END_DECLS
