/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one run of engage-cli gave: its exit status and its output. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} EngageCliRun;

void  engage_cli_run_clear              (EngageCliRun  *run);
void  engage_cli_run                    (EngageCliRun  *run,
                                         const char    *first,
                                         ...) G_GNUC_NULL_TERMINATED;
void  engage_cli_run_argv               (EngageCliRun  *run,
                                         const char   **argv);
void  engage_cli_assert_one_sentence    (const char    *text);
char *engage_cli_test_make_dir          (void);
void  engage_cli_test_remove_dir        (const char    *dir);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EngageCliRun, engage_cli_run_clear)

G_END_DECLS
