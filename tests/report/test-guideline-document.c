/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "engage-guideline-document.h"
#include "engage-project.h"
#include "engage-rule.h"
#include "engage-rule-kinds.h"
#include "engage-sample.h"
#include "engage-section.h"

/* The guideline as a PDF of its own, read back with pdftotext and pdfinfo as
 * a reader would see it, and painted page by page as a printer would. */

#define TODAY "2026-11-23"

typedef struct
{
  char          *dir;
  EngageProject *project;
} Fixture;

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *language = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("engage-guideline-pdf-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "sample.engage", NULL);
  file = g_file_new_for_path (path);
  fixture->project = engage_project_create (file, "Sample", &error);
  g_assert_no_error (error);
  g_assert_true (engage_iso_date_parse (TODAY, &today));
  g_assert_true (engage_sample_fill (fixture->project, language, &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  engage_project_close (fixture->project);
  g_clear_object (&fixture->project);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static EngageReport *
new_document (Fixture *fixture)
{
  EngageReport *document = engage_guideline_document_new (fixture->project);
  g_autoptr(GError) error = NULL;
  GDate today;

  g_assert_true (engage_iso_date_parse (TODAY, &today));
  engage_report_set_today (document, &today);
  g_assert_true (engage_report_build (document, NULL, &error));
  g_assert_no_error (error);

  return document;
}

/* Whitespace of any kind and length as one space, so that a title broken over
 * two lines of the PDF still matches. */
static char *
normalize_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* What a poppler tool prints, or NULL (and the test skipped) without it. */
static char *
run_poppler (const char *tool,
             const char *pdf)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  const char *text_argv[] = { NULL, "-enc", "UTF-8", pdf, "-", NULL };
  const char *info_argv[] = { NULL, "-enc", "UTF-8", pdf, NULL };
  const char **argv = g_str_equal (tool, "pdftotext") ? text_argv : info_argv;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils are not installed");
      return NULL;
    }

  argv[0] = program;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *normal = normalize_space (needle);

  if (strstr (text, normal) == NULL)
    g_error ("The guideline does not contain “%s”", normal);
}

static char *
write_document (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "guideline.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (engage_guideline_document_write (fixture->project, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  return g_steal_pointer (&path);
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(EngageReport) document = new_document (fixture);
  g_autoptr(GListModel) sections = engage_project_list_sections (fixture->project);
  g_autoptr(GListModel) rules = engage_project_list_rules (fixture->project);
  g_autofree char *path = write_document (fixture);
  g_autofree char *raw = run_poppler ("pdftotext", path);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;

  if (raw == NULL)
    return;
  text = normalize_space (raw);

  /* A cover, the sections over several pages, the rules. */
  g_assert_cmpuint (engage_report_get_n_pages (document), >, 2);
  g_assert_true (g_str_has_prefix (engage_report_get_title (document), "Social Media Guideline – ") ||
                 strstr (engage_report_get_title (document), engage_project_get_client (fixture->project)) != NULL);

  g_assert_cmpuint (g_list_model_get_n_items (sections), >=, 10);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(EngageSection) section = g_list_model_get_item (sections, i);

      assert_contains (text, engage_section_get_title (section));
    }

  /* Each rule by its message, the user's own words. */
  g_assert_cmpuint (g_list_model_get_n_items (rules), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(EngageRule) rule = g_list_model_get_item (rules, i);
      g_auto(GStrv) words = g_strsplit (engage_rule_get_message (rule), " ", 4);

      /* The first words: a long message wraps in its table cell. */
      if (words[0] != NULL && words[1] != NULL)
        {
          g_autofree char *start = g_strdup_printf ("%s %s", words[0], words[1]);

          assert_contains (text, start);
        }
    }

  assert_contains (text, engage_project_get_client (fixture->project));

  /* The guideline alone: no chapter of the strategy report. */
  if (g_str_equal (data, "en"))
    {
      g_assert_null (strstr (text, "Editorial plan"));
      g_assert_null (strstr (text, "Content mix"));
    }

  info = run_poppler ("pdfinfo", path);
  if (info == NULL)
    return;
  pages = g_strdup_printf ("Pages: %u", engage_report_get_n_pages (document));
  g_assert_nonnull (strstr (normalize_space (info), normalize_space (pages)));
}

static guint
count_ink (cairo_surface_t *surface)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint ink = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if ((((const guint32 *) (gconstpointer) (data + y * stride))[x] & 0xffffff) != 0xffffff)
        ink++;

  return ink;
}

/* Printing paints the same pages, one by one, onto the printer's cairo_t. */
static void
test_paint_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(EngageReport) document = new_document (fixture);

  for (guint page = 0; page < engage_report_get_n_pages (document); page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
      cairo_t *cr = cairo_create (surface);
      guint ink;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      engage_report_paint_page (document, cr, page, 298, 421);
      ink = count_ink (surface);

      g_assert_cmpuint (ink, >, 500);
      g_assert_cmpuint (ink, <, 298 * 421 / 2);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The strategy report on the same engine keeps its own chapters and title. */
static void
test_report_unchanged (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EngageReport) document = new_document (fixture);
  g_autoptr(EngageReport) report = engage_report_new (fixture->project, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (engage_report_build (report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (engage_report_get_title (report), ==, engage_project_get_name (fixture->project));
  g_assert_cmpuint (engage_report_get_n_pages (report), >, engage_report_get_n_pages (document));
}

/* A guideline without sections or rules is a cover, not an error. */
static void
test_empty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("engage-guideline-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.engage", NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) out = g_file_new_for_path (pdf);
  g_autoptr(EngageProject) project = NULL;
  g_autoptr(EngageReport) document = NULL;
  g_autoptr(GError) error = NULL;

  project = engage_project_create (file, "Empty", &error);
  g_assert_no_error (error);
  document = engage_guideline_document_new (project);
  g_assert_true (engage_report_build (document, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (engage_report_get_n_pages (document), ==, 1);
  g_assert_true (engage_guideline_document_write (project, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));

  engage_project_close (project);
  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/guideline/sample-en", Fixture, "en", fixture_set_up, test_sample, fixture_tear_down);
  g_test_add ("/report/guideline/sample-de", Fixture, "de", fixture_set_up, test_sample, fixture_tear_down);
  g_test_add ("/report/guideline/paint-pages", Fixture, "en", fixture_set_up, test_paint_pages,
              fixture_tear_down);
  g_test_add ("/report/guideline/report-unchanged", Fixture, "en", fixture_set_up, test_report_unchanged,
              fixture_tear_down);
  g_test_add_func ("/report/guideline/empty", test_empty);

  return g_test_run ();
}
