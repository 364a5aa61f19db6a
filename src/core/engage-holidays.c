/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "engage-holidays"

#include "config.h"

#include "engage-holidays.h"

#include <string.h>

#include <glib/gi18n.h>

/* German public holidays, computed rather than listed, so that any year works.
 * Posts around a holiday are planned differently (a shop is closed, people are
 * out), so the calendar shows them.
 *
 * The law is per state (Land). Nine holidays hold everywhere; the others hold in
 * the states named in the table below, some only since a given year. Holidays
 * that hold only in single towns (Augsburg's Peace Festival, Corpus Christi in a
 * few Saxon and Thuringian municipalities) are left out; Assumption Day in
 * Bavaria holds in most municipalities and is listed as partial. Regions are the
 * ISO 3166-2 codes: "DE" for the holidays of the whole country, "DE-BY" (or just
 * "BY") for a state. */

typedef enum
{
  RULE_FIXED,       /* month/day */
  RULE_EASTER,      /* days after Easter Sunday */
  RULE_REPENTANCE,  /* the Wednesday before 23 November */
} RuleKind;

typedef struct
{
  const char *id;
  const char *name;
  RuleKind    kind;
  int         month;
  int         day;          /* day of month, or offset from Easter Sunday */
  const char *states;       /* NULL: nationwide; otherwise the states it holds in */
  const char *partial;      /* states where it holds in part of the municipalities */
  guint       first_year;   /* 0: no limit */
  guint       last_year;
} HolidayRule;

static const HolidayRule rules[] = {
  { "new-year",       N_("New Year’s Day"),               RULE_FIXED,  1,  1, NULL, NULL, 0, 0 },
  { "epiphany",       N_("Epiphany"),                     RULE_FIXED,  1,  6, "BW BY ST", NULL, 0, 0 },
  { "womens-day",     N_("International Women’s Day"),    RULE_FIXED,  3,  8, "BE", NULL, 2019, 0 },
  { "womens-day",     N_("International Women’s Day"),    RULE_FIXED,  3,  8, "MV", NULL, 2023, 0 },
  { "good-friday",    N_("Good Friday"),                  RULE_EASTER, 0, -2, NULL, NULL, 0, 0 },
  { "easter-sunday",  N_("Easter Sunday"),                RULE_EASTER, 0,  0, "BB HE", NULL, 0, 0 },
  { "easter-monday",  N_("Easter Monday"),                RULE_EASTER, 0,  1, NULL, NULL, 0, 0 },
  { "labour-day",     N_("Labour Day"),                   RULE_FIXED,  5,  1, NULL, NULL, 0, 0 },
  /* Berlin kept the 75th and 80th anniversaries of the end of the war. */
  { "liberation-day", N_("Liberation Day"),               RULE_FIXED,  5,  8, "BE", NULL, 2020, 2020 },
  { "liberation-day", N_("Liberation Day"),               RULE_FIXED,  5,  8, "BE", NULL, 2025, 2025 },
  { "ascension",      N_("Ascension Day"),                RULE_EASTER, 0, 39, NULL, NULL, 0, 0 },
  { "whit-sunday",    N_("Whit Sunday"),                  RULE_EASTER, 0, 49, "BB HE", NULL, 0, 0 },
  { "whit-monday",    N_("Whit Monday"),                  RULE_EASTER, 0, 50, NULL, NULL, 0, 0 },
  { "corpus-christi", N_("Corpus Christi"),               RULE_EASTER, 0, 60, "BW BY HE NW RP SL", NULL, 0, 0 },
  { "assumption",     N_("Assumption Day"),               RULE_FIXED,  8, 15, "BY SL", "BY", 0, 0 },
  { "childrens-day",  N_("World Children’s Day"),         RULE_FIXED,  9, 20, "TH", NULL, 2019, 0 },
  { "german-unity",   N_("Day of German Unity"),          RULE_FIXED, 10,  3, NULL, NULL, 1990, 0 },
  /* The 500th anniversary of the Reformation was a holiday everywhere. */
  { "reformation",    N_("Reformation Day"),              RULE_FIXED, 10, 31, NULL, NULL, 2017, 2017 },
  { "reformation",    N_("Reformation Day"),              RULE_FIXED, 10, 31, "BB MV SN ST TH", NULL, 0, 0 },
  { "reformation",    N_("Reformation Day"),              RULE_FIXED, 10, 31, "HB HH NI SH", NULL, 2018, 0 },
  { "all-saints",     N_("All Saints’ Day"),              RULE_FIXED, 11,  1, "BW BY NW RP SL", NULL, 0, 0 },
  /* Abolished as a national holiday in 1995 to fund the long-term care
   * insurance; Saxony kept it. */
  { "repentance",     N_("Day of Repentance and Prayer"), RULE_REPENTANCE, 11, 0, NULL, NULL, 0, 1994 },
  { "repentance",     N_("Day of Repentance and Prayer"), RULE_REPENTANCE, 11, 0, "SN", NULL, 1995, 0 },
  { "christmas",      N_("Christmas Day"),                RULE_FIXED, 12, 25, NULL, NULL, 0, 0 },
  { "st-stephen",     N_("Second Day of Christmas"),      RULE_FIXED, 12, 26, NULL, NULL, 0, 0 },
};

typedef struct
{
  const char *code;
  const char *name;
} Region;

static const Region regions[] = {
  { "DE",    N_("Germany (nationwide holidays)") },
  { "DE-BW", N_("Baden-Württemberg") },
  { "DE-BY", N_("Bavaria") },
  { "DE-BE", N_("Berlin") },
  { "DE-BB", N_("Brandenburg") },
  { "DE-HB", N_("Bremen") },
  { "DE-HH", N_("Hamburg") },
  { "DE-HE", N_("Hesse") },
  { "DE-MV", N_("Mecklenburg-Western Pomerania") },
  { "DE-NI", N_("Lower Saxony") },
  { "DE-NW", N_("North Rhine-Westphalia") },
  { "DE-RP", N_("Rhineland-Palatinate") },
  { "DE-SL", N_("Saarland") },
  { "DE-SN", N_("Saxony") },
  { "DE-ST", N_("Saxony-Anhalt") },
  { "DE-SH", N_("Schleswig-Holstein") },
  { "DE-TH", N_("Thuringia") },
};

static const char * const region_codes[] = {
  "DE", "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
  "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (region_codes) == G_N_ELEMENTS (regions) + 1);

/* The region's entry for "DE", "DE-BY", "BY" or "by". */
static const Region *
find_region (const char *region)
{
  char code[6];

  if (region == NULL)
    return NULL;

  if (strlen (region) == 2 && g_ascii_strcasecmp (region, "DE") != 0)
    g_snprintf (code, sizeof code, "DE-%c%c",
                g_ascii_toupper (region[0]), g_ascii_toupper (region[1]));
  else if (strlen (region) == 2 || strlen (region) == 5)
    {
      for (guint i = 0; i <= strlen (region); i++)
        code[i] = g_ascii_toupper (region[i]);
    }
  else
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (g_str_equal (regions[i].code, code))
      return &regions[i];

  return NULL;
}

/**
 * engage_holidays_get_regions:
 *
 * Returns: (transfer none) (array zero-terminated=1): the region codes, "DE"
 *   first, then the sixteen states in the order of their German abbreviations
 */
const char * const *
engage_holidays_get_regions (void)
{
  return region_codes;
}

/**
 * engage_holidays_is_known_region:
 * @region: (nullable): a code such as "DE", "DE-BY" or "BY"
 *
 * Returns: whether engage_holidays_list() knows the region
 */
gboolean
engage_holidays_is_known_region (const char *region)
{
  return find_region (region) != NULL;
}

/**
 * engage_holidays_get_region_code:
 * @region: (nullable): a code such as "DE", "DE-BY", "BY" or "by"
 *
 * Gives the form of a region's code that a project stores, so that "by" and
 * "DE-BY" are the same region everywhere.
 *
 * Returns: (transfer none) (nullable): the region's code as
 *   engage_holidays_get_regions() lists it, or %NULL for an unknown region
 */
const char *
engage_holidays_get_region_code (const char *region)
{
  const Region *found = find_region (region);

  return found ? found->code : NULL;
}

/**
 * engage_holidays_get_region_name:
 * @region: a code such as "DE", "DE-BY" or "BY"
 *
 * Returns: (transfer none) (nullable): the region's name in the user's language
 */
const char *
engage_holidays_get_region_name (const char *region)
{
  const Region *found = find_region (region);

  return found ? _(found->name) : NULL;
}

/**
 * engage_holidays_get_easter_sunday:
 * @year: a year of the Gregorian calendar
 * @date: (out caller-allocates): the date of Easter Sunday
 *
 * Computes Easter Sunday with the anonymous Gregorian algorithm (Meeus, Jones,
 * Butcher), from which Good Friday, Ascension, Whit Monday and Corpus Christi
 * follow.
 */
void
engage_holidays_get_easter_sunday (guint  year,
                                   GDate *date)
{
  guint a = year % 19;
  guint b = year / 100;
  guint c = year % 100;
  guint d = b / 4;
  guint e = b % 4;
  guint f = (b + 8) / 25;
  guint g = (b - f + 1) / 3;
  guint h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4;
  guint k = c % 4;
  guint l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31;
  guint day = (h + l - 7 * m + 114) % 31 + 1;

  g_return_if_fail (date != NULL);
  g_return_if_fail (year >= 1583 && year <= 9999);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static gboolean
holds_in (const char *states,
          const char *state)
{
  g_auto(GStrv) codes = NULL;

  if (states == NULL || state == NULL)
    return FALSE;

  codes = g_strsplit (states, " ", -1);
  return g_strv_contains ((const char * const *) codes, state);
}

static void
rule_date (const HolidayRule *rule,
           guint              year,
           GDate             *date)
{
  switch (rule->kind)
    {
    case RULE_FIXED:
      g_date_clear (date, 1);
      g_date_set_dmy (date, rule->day, rule->month, year);
      break;

    case RULE_EASTER:
      engage_holidays_get_easter_sunday (year, date);
      if (rule->day >= 0)
        g_date_add_days (date, rule->day);
      else
        g_date_subtract_days (date, -rule->day);
      break;

    case RULE_REPENTANCE:
      g_date_clear (date, 1);
      g_date_set_dmy (date, 22, G_DATE_NOVEMBER, year);
      while (g_date_get_weekday (date) != G_DATE_WEDNESDAY)
        g_date_subtract_days (date, 1);
      break;

    default:
      g_assert_not_reached ();
    }
}

static int
compare_holidays (gconstpointer a,
                  gconstpointer b)
{
  return g_date_compare (&((const EngageHoliday *) a)->date, &((const EngageHoliday *) b)->date);
}

static gboolean
already_listed (GArray             *holidays,
                const EngageHoliday *holiday)
{
  for (guint i = 0; i < holidays->len; i++)
    {
      const EngageHoliday *other = &g_array_index (holidays, EngageHoliday, i);

      if (g_str_equal (other->id, holiday->id) && g_date_compare (&other->date, &holiday->date) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * engage_holidays_list:
 * @region: "DE" for the holidays of the whole country, or a state: "DE-BY" or "BY"
 * @first: the first day of the range
 * @last: the last day of the range, included
 *
 * Lists the public holidays in a region between two days. For "DE" these are
 * the holidays every state keeps; for a state, those plus the state's own.
 *
 * Returns: (transfer full) (element-type EngageHoliday): the holidays by date;
 *   empty for a region Engage does not know
 */
GArray *
engage_holidays_list (const char  *region,
                      const GDate *first,
                      const GDate *last)
{
  g_autoptr(GArray) holidays = g_array_new (FALSE, FALSE, sizeof (EngageHoliday));
  const Region *found;
  const char *state = NULL;
  guint first_year, last_year;

  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);

  found = find_region (region);
  if (found == NULL || g_date_compare (first, last) > 0)
    return g_steal_pointer (&holidays);

  if (strlen (found->code) == 5)
    state = found->code + 3;

  /* Easter is only defined for the Gregorian calendar. */
  first_year = MAX (g_date_get_year (first), 1583);
  last_year = MIN (g_date_get_year (last), 9999);

  for (guint year = first_year; year <= last_year; year++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        {
          const HolidayRule *rule = &rules[i];
          EngageHoliday holiday = { 0, };

          if ((rule->first_year != 0 && year < rule->first_year) ||
              (rule->last_year != 0 && year > rule->last_year))
            continue;
          if (rule->states != NULL && !holds_in (rule->states, state))
            continue;

          rule_date (rule, year, &holiday.date);
          if (g_date_compare (&holiday.date, first) < 0 || g_date_compare (&holiday.date, last) > 0)
            continue;

          holiday.id = rule->id;
          holiday.name = _(rule->name);
          holiday.nationwide = rule->states == NULL;
          holiday.partial = holds_in (rule->partial, state);

          if (!already_listed (holidays, &holiday))
            g_array_append_val (holidays, holiday);
        }
    }

  /* Stable, so that holidays on the same day keep the table's order. */
  g_array_sort (holidays, compare_holidays);

  return g_steal_pointer (&holidays);
}
