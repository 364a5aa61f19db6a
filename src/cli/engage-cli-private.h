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

int  engage_cli_fail        (int          code,
                             const char  *format,
                             ...) G_GNUC_PRINTF (2, 3);
int  engage_cli_fail_error  (const GError *error);
int  engage_cli_usage_error (GOptionContext *context,
                             const char     *message);

G_END_DECLS
