/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-main"

#include "config.h"

#include <locale.h>

#include "engage-application.h"

#include <glib/gi18n.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EngageApplication) app = NULL;
  const char *localedir;
  int status;

  /* ENGAGE_LOCALEDIR points an uninstalled build at its compiled translations. */
  localedir = g_getenv ("ENGAGE_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Engage"));

  app = engage_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  if (status == 0)
    status = engage_application_get_exit_status (app);

  return status;
}
