/* test-util.h: shared set-up for the core tests.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gstdio.h>

#include "hustings-core.h"

/* A fresh temporary folder; the caller removes it (see test_rm_rf). */
static inline char *
test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hustings-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes a test folder and what is in it, and frees dir: for g_test_queue_destroy. */
static inline void
test_rm_rf (char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

static inline HustingsCommittee *
test_committee (void)
{
  HustingsCommittee *c = hustings_committee_new ();

  g_free (c->name);
  c->name = g_strdup ("Friends of Test");
  g_free (c->fec_id);
  c->fec_id = g_strdup ("C00123456");
  hustings_committee_add_election (c, "P2026", "2026-06-02", "TX");
  hustings_committee_add_election (c, "G2026", "2026-11-03", "TX");
  return c;
}

/* A new committee file in a temporary folder that is removed when the test ends. */
static inline HustingsCommitteeFile *
test_new_file (char **out_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsCommittee) c = test_committee ();
  char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.hustings", NULL);
  HustingsCommitteeFile *file;

  g_test_queue_destroy ((GDestroyNotify) test_rm_rf, dir);
  file = hustings_committee_file_create (path, c, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_test_queue_unref (file);
  if (out_path)
    *out_path = g_steal_pointer (&path);
  return file;
}

static inline HustingsContact *
test_person (const char *first, const char *last)
{
  HustingsContact *c = hustings_contact_new (HUSTINGS_ENTITY_IND);

  hustings_contact_set_field (c, HUSTINGS_CONTACT_FIRST_NAME, first);
  hustings_contact_set_field (c, HUSTINGS_CONTACT_LAST_NAME, last);
  return c;
}

static inline gint64
test_add_person (HustingsCommitteeFile *file, const char *first, const char *last)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsContact) c = test_person (first, last);

  hustings_contact_store_add (file, c, &error);
  g_assert_no_error (error);
  return hustings_contact_get_id (c);
}

static inline gint64
test_give (HustingsCommitteeFile *file, gint64 contact, const char *date, gint64 cents,
           const char *election)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsDonation) d = hustings_donation_new ();

  hustings_donation_set_contact_id (d, contact);
  hustings_donation_set_date (d, date);
  hustings_donation_set_amount (d, cents);
  hustings_donation_set_election (d, election);
  hustings_donation_store_add (file, d, &error);
  g_assert_no_error (error);
  return hustings_donation_get_id (d);
}

/* A signal handler that counts its calls. */
static inline void
test_count_cb (gpointer instance, guint *count)
{
  (*count)++;
}

/* The text of the PDF at path as pdftotext reads it, a string a page (n_pages of them, checked);
 * NULL, with the test skipped, when pdftotext is not installed. */
static inline GStrv
test_pdf_pages (const char *path, guint n_pages)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { pdftotext, "-layout", path, "-", NULL };
  GStrv pages;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* pdftotext ends every page with a form feed. */
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  return pages;
}

/* The report printed as forms to a PDF, read back by pdftotext (see test_pdf_pages); out, when
 * not NULL, gets the print. */
static inline GStrv
test_report_pdf_pages (HustingsCommitteeFile *file, HustingsReport *report,
                       HustingsReportPrint **out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HustingsReportPrint) print = NULL;
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  GStrv pages;

  print = hustings_report_print_new (file, report, HUSTINGS_PRINT_FORMS, NULL, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  g_assert_true (hustings_report_print_write_pdf (print, path, HUSTINGS_PRINT_LETTER_WIDTH,
                                                  HUSTINGS_PRINT_LETTER_HEIGHT, NULL, NULL,
                                                  NULL, &error));
  g_assert_no_error (error);
  pages = test_pdf_pages (path, hustings_report_print_get_n_pages (print));
  test_rm_rf (g_steal_pointer (&dir));
  if (out)
    *out = g_steal_pointer (&print);
  return pages;
}
