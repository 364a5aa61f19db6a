/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-test-holidays"

#include "config.h"

#include "engage-holidays.h"

/* German public holidays for 2024–2027 against the dates the states publish. */

static GArray *
list (const char *region,
      const char *first,
      const char *last)
{
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_parse (&from, first);
  g_date_set_parse (&to, last);
  g_assert_true (g_date_valid (&from) && g_date_valid (&to));

  return engage_holidays_list (region, &from, &to);
}

static const EngageHoliday *
find (GArray     *holidays,
      const char *id,
      int         year,
      int         month,
      int         day)
{
  for (guint i = 0; i < holidays->len; i++)
    {
      const EngageHoliday *holiday = &g_array_index (holidays, EngageHoliday, i);

      if (g_str_equal (holiday->id, id) && g_date_get_year (&holiday->date) == year &&
          (int) g_date_get_month (&holiday->date) == month && g_date_get_day (&holiday->date) == day)
        return holiday;
    }

  return NULL;
}

static gboolean
has_id_in_year (GArray     *holidays,
                const char *id,
                int         year)
{
  for (guint i = 0; i < holidays->len; i++)
    {
      const EngageHoliday *holiday = &g_array_index (holidays, EngageHoliday, i);

      if (g_str_equal (holiday->id, id) && g_date_get_year (&holiday->date) == year)
        return TRUE;
    }

  return FALSE;
}

static void
test_easter (void)
{
  const struct { guint year; int month; int day; } easter[] = {
    { 2024, 3, 31 }, { 2025, 4, 20 }, { 2026, 4, 5 }, { 2027, 3, 28 },
    { 2019, 4, 21 }, { 2038, 4, 25 }, { 2285, 3, 22 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (easter); i++)
    {
      GDate date;

      engage_holidays_get_easter_sunday (easter[i].year, &date);
      g_assert_cmpint (g_date_get_month (&date), ==, easter[i].month);
      g_assert_cmpint (g_date_get_day (&date), ==, easter[i].day);
    }
}

static void
test_nationwide (void)
{
  g_autoptr(GArray) holidays = list ("DE", "2025-01-01", "2025-12-31");
  const struct { const char *id; int month; int day; } expected[] = {
    { "new-year", 1, 1 },
    { "good-friday", 4, 18 },
    { "easter-monday", 4, 21 },
    { "labour-day", 5, 1 },
    { "ascension", 5, 29 },
    { "whit-monday", 6, 9 },
    { "german-unity", 10, 3 },
    { "christmas", 12, 25 },
    { "st-stephen", 12, 26 },
  };

  g_assert_cmpuint (holidays->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const EngageHoliday *holiday = &g_array_index (holidays, EngageHoliday, i);

      g_assert_cmpstr (holiday->id, ==, expected[i].id);
      g_assert_cmpint (g_date_get_month (&holiday->date), ==, expected[i].month);
      g_assert_cmpint (g_date_get_day (&holiday->date), ==, expected[i].day);
      g_assert_true (holiday->nationwide);
      g_assert_false (holiday->partial);
      g_assert_nonnull (holiday->name);
    }

  g_assert_cmpstr (g_array_index (holidays, EngageHoliday, 2).name, ==, "Easter Monday");
}

static void
test_easter_based (void)
{
  g_autoptr(GArray) bw = list ("BW", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) by = list ("DE-BY", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) be = list ("de-be", "2024-01-01", "2027-12-31");

  /* Good Friday, Easter Monday, Ascension, Whit Monday in every state. */
  g_assert_nonnull (find (be, "good-friday", 2024, 3, 29));
  g_assert_nonnull (find (be, "easter-monday", 2025, 4, 21));
  g_assert_nonnull (find (be, "ascension", 2026, 5, 14));
  g_assert_nonnull (find (be, "whit-monday", 2027, 5, 17));

  /* Corpus Christi in the Catholic south and west, not in Berlin. */
  g_assert_nonnull (find (bw, "corpus-christi", 2026, 6, 4));
  g_assert_nonnull (find (by, "corpus-christi", 2026, 6, 4));
  g_assert_nonnull (find (by, "corpus-christi", 2024, 5, 30));
  g_assert_nonnull (find (by, "corpus-christi", 2025, 6, 19));
  g_assert_nonnull (find (by, "corpus-christi", 2027, 5, 27));
  g_assert_null (find (be, "corpus-christi", 2026, 6, 4));
}

static void
test_state_holidays (void)
{
  g_autoptr(GArray) sn = list ("SN", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) by = list ("BY", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) ni = list ("NI", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) be = list ("BE", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) mv = list ("MV", "2022-01-01", "2027-12-31");
  g_autoptr(GArray) th = list ("TH", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) sl = list ("SL", "2024-01-01", "2027-12-31");
  g_autoptr(GArray) st = list ("ST", "2024-01-01", "2027-12-31");
  const EngageHoliday *assumption;

  /* Day of Repentance and Prayer: Saxony only, the Wednesday before 23 November. */
  g_assert_nonnull (find (sn, "repentance", 2024, 11, 20));
  g_assert_nonnull (find (sn, "repentance", 2025, 11, 19));
  g_assert_nonnull (find (sn, "repentance", 2026, 11, 18));
  g_assert_nonnull (find (sn, "repentance", 2027, 11, 17));
  g_assert_false (has_id_in_year (by, "repentance", 2026));
  g_assert_false (has_id_in_year (be, "repentance", 2026));

  /* Reformation Day: in the east since 1990, in the north since 2018, not in Bavaria. */
  g_assert_nonnull (find (sn, "reformation", 2025, 10, 31));
  g_assert_nonnull (find (ni, "reformation", 2025, 10, 31));
  g_assert_false (has_id_in_year (by, "reformation", 2025));

  /* All Saints' Day and Epiphany in Bavaria. */
  g_assert_nonnull (find (by, "all-saints", 2025, 11, 1));
  g_assert_nonnull (find (by, "epiphany", 2026, 1, 6));
  g_assert_nonnull (find (st, "epiphany", 2026, 1, 6));
  g_assert_false (has_id_in_year (sn, "epiphany", 2026));

  /* International Women's Day: Berlin, and Mecklenburg-Western Pomerania from 2023. */
  g_assert_nonnull (find (be, "womens-day", 2024, 3, 8));
  g_assert_false (has_id_in_year (mv, "womens-day", 2022));
  g_assert_nonnull (find (mv, "womens-day", 2023, 3, 8));

  /* Berlin's one-off Liberation Day in 2025. */
  g_assert_nonnull (find (be, "liberation-day", 2025, 5, 8));
  g_assert_false (has_id_in_year (be, "liberation-day", 2026));

  /* World Children's Day in Thuringia. */
  g_assert_nonnull (find (th, "childrens-day", 2024, 9, 20));
  g_assert_false (has_id_in_year (sn, "childrens-day", 2024));

  /* Assumption Day: all of Saarland, most of Bavaria. */
  assumption = find (sl, "assumption", 2025, 8, 15);
  g_assert_nonnull (assumption);
  g_assert_false (assumption->partial);
  assumption = find (by, "assumption", 2025, 8, 15);
  g_assert_nonnull (assumption);
  g_assert_true (assumption->partial);
  g_assert_false (assumption->nationwide);
}

static void
test_counts (void)
{
  g_autoptr(GArray) by = list ("BY", "2026-01-01", "2026-12-31");
  g_autoptr(GArray) be = list ("BE", "2025-01-01", "2025-12-31");
  g_autoptr(GArray) hb = list ("HB", "2026-01-01", "2026-12-31");

  /* Nine nationwide plus Epiphany, Corpus Christi, Assumption and All Saints. */
  g_assert_cmpuint (by->len, ==, 13);
  /* Nine plus Women's Day and the 2025 Liberation Day. */
  g_assert_cmpuint (be->len, ==, 11);
  /* Nine plus Reformation Day. */
  g_assert_cmpuint (hb->len, ==, 10);

  for (guint i = 1; i < by->len; i++)
    g_assert_cmpint (g_date_compare (&g_array_index (by, EngageHoliday, i - 1).date,
                                     &g_array_index (by, EngageHoliday, i).date), <=, 0);
}

static void
test_range_edges (void)
{
  g_autoptr(GArray) one_day = list ("DE", "2025-12-25", "2025-12-25");
  g_autoptr(GArray) none = list ("DE", "2025-12-27", "2025-12-31");
  g_autoptr(GArray) across = list ("DE", "2025-12-26", "2026-01-01");
  g_autoptr(GArray) reformation_2017 = list ("BY", "2017-10-31", "2017-10-31");
  g_autoptr(GArray) sn_2017 = list ("SN", "2017-10-31", "2017-10-31");

  g_assert_cmpuint (one_day->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (across->len, ==, 2);

  /* The 500th anniversary of the Reformation, once, everywhere. */
  g_assert_cmpuint (reformation_2017->len, ==, 1);
  g_assert_cmpuint (sn_2017->len, ==, 1);
}

static void
test_regions (void)
{
  const char * const *regions = engage_holidays_get_regions ();
  g_autoptr(GArray) unknown = list ("FR", "2025-01-01", "2025-12-31");

  g_assert_cmpuint (g_strv_length ((GStrv) regions), ==, 17);
  g_assert_cmpstr (regions[0], ==, "DE");
  for (guint i = 0; regions[i] != NULL; i++)
    g_assert_true (engage_holidays_is_known_region (regions[i]));

  g_assert_true (engage_holidays_is_known_region ("by"));
  g_assert_false (engage_holidays_is_known_region ("XX"));
  g_assert_false (engage_holidays_is_known_region (NULL));
  g_assert_cmpstr (engage_holidays_get_region_name ("DE-BY"), ==, "Bavaria");
  g_assert_cmpuint (unknown->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/holidays/easter", test_easter);
  g_test_add_func ("/core/holidays/nationwide", test_nationwide);
  g_test_add_func ("/core/holidays/easter-based", test_easter_based);
  g_test_add_func ("/core/holidays/state-holidays", test_state_holidays);
  g_test_add_func ("/core/holidays/counts", test_counts);
  g_test_add_func ("/core/holidays/range-edges", test_range_edges);
  g_test_add_func ("/core/holidays/regions", test_regions);

  return g_test_run ();
}
