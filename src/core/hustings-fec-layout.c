/* hustings-fec-layout.c: the record layouts of version 8.5 of the FEC's format (HDR, F3, F3X,
 * SA, SB, TEXT), how the older versions' records map onto them, and the arithmetic of the
 * summary pages. The data come from docs/fec-format.md §4–§6; the older versions' columns from
 * the per-version field lists that FEC parsers publish (fech-sources, fecfile, FastFEC), checked
 * against real filings.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hustings-fec"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hustings-fec-private.h"

/* Version 8.5 (= 8.0 to 8.4 for these records). */

static const FecField hdr_fields[] = {
  { "record_type", N_("Record type"), FEC_KIND_TEXT, FEC_REQUIRED, 3 },
  { "ef_type", N_("Electronic filing type"), FEC_KIND_TEXT, FEC_REQUIRED, 3 },
  { "fec_version", N_("Format version"), FEC_KIND_TEXT, FEC_REQUIRED, 4 },
  { "soft_name", N_("Software name"), FEC_KIND_TEXT, FEC_OPTIONAL, 90 },
  { "soft_ver", N_("Software version"), FEC_KIND_TEXT, FEC_OPTIONAL, 16 },
  { "rpt_id", N_("Report ID of the original report"), FEC_KIND_TEXT, FEC_OPTIONAL, 16 },
  { "rpt_number", N_("Amendment number"), FEC_KIND_DIGITS, FEC_OPTIONAL, 3 },
  { "hdrcomment", N_("Header comment"), FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
};

static const FecField f3_fields[] = {
  { "form_type", N_("Form type"), FEC_KIND_TEXT, FEC_REQUIRED, 4 },
  { "filer_committee_id_number", N_("Committee FEC ID"), FEC_KIND_TEXT, FEC_REQUIRED, 9 },
  { "committee_name", N_("Committee name"), FEC_KIND_TEXT, FEC_RECOMMENDED, 200 },
  { "change_of_address", N_("Change of address"), FEC_KIND_CHECK, FEC_OPTIONAL, 1 },
  { "street_1", N_("Street"), FEC_KIND_TEXT, FEC_RECOMMENDED, 34 },
  { "street_2", N_("Street (line 2)"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "city", N_("City"), FEC_KIND_TEXT, FEC_RECOMMENDED, 30 },
  { "state", N_("State"), FEC_KIND_STATE, FEC_RECOMMENDED, 2 },
  { "zip", N_("ZIP code"), FEC_KIND_TEXT, FEC_RECOMMENDED, 9 },
  { "election_state", N_("Election state"), FEC_KIND_STATE, FEC_RECOMMENDED, 2 },
  { "election_district", N_("Election district"), FEC_KIND_DIGITS, FEC_OPTIONAL, 2 },
  { "report_code", N_("Report code"), FEC_KIND_TEXT, FEC_RECOMMENDED, 3 },
  { "election_code", N_("Election code"), FEC_KIND_TEXT, FEC_OPTIONAL, 5 },
  { "date_of_election", N_("Date of the election"), FEC_KIND_DATE, FEC_OPTIONAL, 8 },
  { "state_of_election", N_("State of the election"), FEC_KIND_STATE, FEC_OPTIONAL, 2 },
  { "coverage_from_date", N_("Coverage from"), FEC_KIND_DATE, FEC_RECOMMENDED, 8 },
  { "coverage_through_date", N_("Coverage through"), FEC_KIND_DATE, FEC_RECOMMENDED, 8 },
  { "treasurer_last_name", N_("Treasurer's last name"), FEC_KIND_TEXT, FEC_REQUIRED, 30 },
  { "treasurer_first_name", N_("Treasurer's first name"), FEC_KIND_TEXT, FEC_REQUIRED, 20 },
  { "treasurer_middle_name", N_("Treasurer's middle name"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "treasurer_prefix", N_("Treasurer's prefix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "treasurer_suffix", N_("Treasurer's suffix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "date_signed", N_("Date signed"), FEC_KIND_DATE, FEC_REQUIRED, 8 },
  { "L6a_total_contributions_period", N_("Line 6(a), total contributions (no loans) (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6b_total_contribution_refunds_period", N_("Line 6(b), total contribution refunds (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6c_net_contributions_period", N_("Line 6(c), net contributions (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7a_total_operating_expenditures_period",
    N_("Line 7(a), total operating expenditures (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7b_total_offsets_to_operating_expenditures_period",
    N_("Line 7(b), total offsets to operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7c_net_operating_expenditures_period", N_("Line 7(c), net operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L8_cash_on_hand_at_close_period", N_("Line 8, cash on hand at close (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L9_debts_owed_to_committee_period", N_("Line 9, debts owed to the committee (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L10_debts_owed_by_committee_period", N_("Line 10, debts owed by the committee (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11ai_individuals_itemized_period", N_("Line 11(a)(i), individuals, itemized (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aii_individuals_unitemized_period",
    N_("Line 11(a)(ii), individuals, unitemized (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aiii_total_individual_period", N_("Line 11(a)(iii), individuals, total (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11b_political_party_committees_period",
    N_("Line 11(b), political party committees (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11c_other_political_committees_period",
    N_("Line 11(c), other political committees (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11d_the_candidate_period", N_("Line 11(d), the candidate (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11e_total_contributions_period", N_("Line 11(e), total contributions (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L12_transfers_from_other_authorized_committees_period",
    N_("Line 12, transfers from other authorized committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13a_loans_made_or_guaranteed_by_the_candidate_period",
    N_("Line 13(a), loans made or guaranteed by the candidate (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13b_all_other_loans_period", N_("Line 13(b), all other loans (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13c_total_loans_period", N_("Line 13(c), total loans (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L14_offsets_to_operating_expenditures_period",
    N_("Line 14, offsets to operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L15_other_receipts_period", N_("Line 15, other receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L16_total_receipts_period", N_("Line 16, total receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L17_operating_expenditures_period", N_("Line 17, operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18_transfers_to_other_authorized_committees_period",
    N_("Line 18, transfers to other authorized committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19a_loan_repayments_of_loans_made_or_guaranteed_by_candidate_period",
    N_("Line 19(a), repayments of loans made or guaranteed by the candidate (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19b_loan_repayments_of_all_other_loans_period",
    N_("Line 19(b), repayments of all other loans (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19c_total_loan_repayments_period", N_("Line 19(c), total loan repayments (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20a_refunds_to_individuals_period", N_("Line 20(a), refunds to individuals (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20b_refunds_to_political_party_committees_period",
    N_("Line 20(b), refunds to political party committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20c_refunds_to_other_political_committees_period",
    N_("Line 20(c), refunds to other political committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20d_total_contribution_refunds_period",
    N_("Line 20(d), total contribution refunds (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21_other_disbursements_period", N_("Line 21, other disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L22_total_disbursements_period", N_("Line 22, total disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L23_cash_on_hand_beginning_reporting_period",
    N_("Line 23, cash on hand at beginning of period (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L24_total_receipts_period", N_("Line 24, total receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L25_subtotals_period", N_("Line 25, subtotal (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L26_total_disbursements_period", N_("Line 26, total disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L27_cash_on_hand_at_close_period", N_("Line 27, cash on hand at close of period (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6a_total_contributions_ytd", N_("Line 6(a), total contributions (no loans) (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6b_total_contribution_refunds_ytd", N_("Line 6(b), total contribution refunds (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6c_net_contributions_ytd", N_("Line 6(c), net contributions (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7a_total_operating_expenditures_ytd",
    N_("Line 7(a), total operating expenditures (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7b_total_offsets_to_operating_expenditures_ytd",
    N_("Line 7(b), total offsets to operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7c_net_operating_expenditures_ytd", N_("Line 7(c), net operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11ai_individuals_itemized_ytd", N_("Line 11(a)(i), individuals, itemized (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aii_individuals_unitemized_ytd", N_("Line 11(a)(ii), individuals, unitemized (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aiii_total_individual_ytd", N_("Line 11(a)(iii), individuals, total (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11b_political_party_committees_ytd", N_("Line 11(b), political party committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11c_other_political_committees_ytd", N_("Line 11(c), other political committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11d_the_candidate_ytd", N_("Line 11(d), the candidate (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11e_total_contributions_ytd", N_("Line 11(e), total contributions (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L12_transfers_from_other_authorized_committees_ytd",
    N_("Line 12, transfers from other authorized committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13a_loans_made_or_guaranteed_by_the_candidate_ytd",
    N_("Line 13(a), loans made or guaranteed by the candidate (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13b_all_other_loans_ytd", N_("Line 13(b), all other loans (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13c_total_loans_ytd", N_("Line 13(c), total loans (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L14_offsets_to_operating_expenditures_ytd",
    N_("Line 14, offsets to operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L15_other_receipts_ytd", N_("Line 15, other receipts (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L16_total_receipts_ytd", N_("Line 16, total receipts (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L17_operating_expenditures_ytd", N_("Line 17, operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18_transfers_to_other_authorized_committees_ytd",
    N_("Line 18, transfers to other authorized committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19a_loan_repayments_of_loans_made_or_guaranteed_by_candidate_ytd",
    N_("Line 19(a), repayments of loans made or guaranteed by the candidate (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19b_loan_repayments_of_all_other_loans_ytd",
    N_("Line 19(b), repayments of all other loans (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19c_total_loan_repayments_ytd", N_("Line 19(c), total loan repayments (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20a_refunds_to_individuals_ytd", N_("Line 20(a), refunds to individuals (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20b_refunds_to_political_party_committees_ytd",
    N_("Line 20(b), refunds to political party committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20c_refunds_to_other_political_committees_ytd",
    N_("Line 20(c), refunds to other political committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20d_total_contribution_refunds_ytd", N_("Line 20(d), total contribution refunds (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21_other_disbursements_ytd", N_("Line 21, other disbursements (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L22_total_disbursements_ytd", N_("Line 22, total disbursements (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
};

static const FecField f3x_fields[] = {
  { "form_type", N_("Form type"), FEC_KIND_TEXT, FEC_REQUIRED, 4 },
  { "filer_committee_id_number", N_("Committee FEC ID"), FEC_KIND_TEXT, FEC_REQUIRED, 9 },
  { "committee_name", N_("Committee name"), FEC_KIND_TEXT, FEC_RECOMMENDED, 200 },
  { "change_of_address", N_("Change of address"), FEC_KIND_CHECK, FEC_OPTIONAL, 1 },
  { "street_1", N_("Street"), FEC_KIND_TEXT, FEC_RECOMMENDED, 34 },
  { "street_2", N_("Street (line 2)"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "city", N_("City"), FEC_KIND_TEXT, FEC_RECOMMENDED, 30 },
  { "state", N_("State"), FEC_KIND_STATE, FEC_RECOMMENDED, 2 },
  { "zip", N_("ZIP code"), FEC_KIND_TEXT, FEC_RECOMMENDED, 9 },
  { "report_code", N_("Report code"), FEC_KIND_TEXT, FEC_RECOMMENDED, 3 },
  { "election_code", N_("Election code"), FEC_KIND_TEXT, FEC_OPTIONAL, 5 },
  { "date_of_election", N_("Date of the election"), FEC_KIND_DATE, FEC_OPTIONAL, 8 },
  { "state_of_election", N_("State of the election"), FEC_KIND_STATE, FEC_OPTIONAL, 2 },
  { "coverage_from_date", N_("Coverage from"), FEC_KIND_DATE, FEC_RECOMMENDED, 8 },
  { "coverage_through_date", N_("Coverage through"), FEC_KIND_DATE, FEC_RECOMMENDED, 8 },
  { "qualified_committee", N_("Qualified committee"), FEC_KIND_CHECK, FEC_OPTIONAL, 1 },
  { "treasurer_last_name", N_("Treasurer's last name"), FEC_KIND_TEXT, FEC_REQUIRED, 30 },
  { "treasurer_first_name", N_("Treasurer's first name"), FEC_KIND_TEXT, FEC_REQUIRED, 20 },
  { "treasurer_middle_name", N_("Treasurer's middle name"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "treasurer_prefix", N_("Treasurer's prefix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "treasurer_suffix", N_("Treasurer's suffix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "date_signed", N_("Date signed"), FEC_KIND_DATE, FEC_REQUIRED, 8 },
  { "L6b_cash_on_hand_beginning_period",
    N_("Line 6(b), cash on hand at beginning of period (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6c_total_receipts_period", N_("Line 6(c), total receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6d_subtotal_period", N_("Line 6(d), subtotal (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7_total_disbursements_period", N_("Line 7, total disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L8_cash_on_hand_at_close_period", N_("Line 8, cash on hand at close (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L9_debts_to_period", N_("Line 9, debts owed to the committee (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L10_debts_by_period", N_("Line 10, debts owed by the committee (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11ai_itemized_period", N_("Line 11(a)(i), individuals, itemized (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aii_unitemized_period", N_("Line 11(a)(ii), individuals, unitemized (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aiii_total_period", N_("Line 11(a)(iii), individuals, total (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11b_political_party_committees_period",
    N_("Line 11(b), political party committees (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11c_other_political_committees_pacs_period",
    N_("Line 11(c), other political committees (PACs) (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11d_total_contributions_period", N_("Line 11(d), total contributions (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L12_transfers_from_affiliated_other_party_cmtes_period",
    N_("Line 12, transfers from affiliated or other party committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13_all_loans_received_period", N_("Line 13, all loans received (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L14_loan_repayments_received_period", N_("Line 14, loan repayments received (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L15_offsets_to_operating_expenditures_refunds_period",
    N_("Line 15, offsets to operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L16_refunds_of_federal_contributions_period",
    N_("Line 16, refunds of contributions to federal candidates and committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L17_other_federal_receipts_dividends_period", N_("Line 17, other federal receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18a_transfers_from_nonfederal_account_h3_period",
    N_("Line 18(a), transfers from the non-federal account (H3) (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18b_transfers_from_nonfederal_levin_h5_period",
    N_("Line 18(b), transfers from Levin funds (H5) (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18c_total_nonfederal_transfers_18a_18b_period",
    N_("Line 18(c), total non-federal transfers (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19_total_receipts_period", N_("Line 19, total receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20_total_federal_receipts_period", N_("Line 20, total federal receipts (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21ai_federal_share_period",
    N_("Line 21(a)(i), shared operating expenditures, federal share (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21aii_nonfederal_share_period",
    N_("Line 21(a)(ii), shared operating expenditures, non-federal share (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21b_other_federal_operating_expenditures_period",
    N_("Line 21(b), other federal operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21c_total_operating_expenditures_period",
    N_("Line 21(c), total operating expenditures (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L22_transfers_to_affiliated_other_party_cmtes_period",
    N_("Line 22, transfers to affiliated or other party committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L23_contributions_to_federal_candidates_cmtes_period",
    N_("Line 23, contributions to federal candidates and committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L24_independent_expenditures_period", N_("Line 24, independent expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L25_coordinated_expend_made_by_party_cmtes_period",
    N_("Line 25, coordinated party expenditures (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L26_loan_repayments_period", N_("Line 26, loan repayments made (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L27_loans_made_period", N_("Line 27, loans made (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28a_individuals_persons_period", N_("Line 28(a), refunds to individuals (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28b_political_party_committees_period",
    N_("Line 28(b), refunds to political party committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28c_other_political_committees_period",
    N_("Line 28(c), refunds to other political committees (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28d_total_contributions_refunds_period",
    N_("Line 28(d), total contribution refunds (column A)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L29_other_disbursements_period", N_("Line 29, other disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30ai_shared_federal_activity_h6_fed_share_period",
    N_("Line 30(a)(i), shared federal election activity, federal share (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30aii_shared_federal_activity_h6_nonfed_period",
    N_("Line 30(a)(ii), shared federal election activity, Levin share (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30b_nonallocable_fed_election_activity_period",
    N_("Line 30(b), federal election activity paid entirely with federal funds (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30c_total_federal_election_activity_period",
    N_("Line 30(c), total federal election activity (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L31_total_disbursements_period", N_("Line 31, total disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L32_total_federal_disbursements_period", N_("Line 32, total federal disbursements (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L33_total_contributions_period", N_("Line 33, total contributions (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L34_total_contribution_refunds_period", N_("Line 34, total contribution refunds (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L35_net_contributions_period", N_("Line 35, net contributions (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L36_total_federal_operating_expenditures_period",
    N_("Line 36, total federal operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L37_offsets_to_operating_expenditures_period",
    N_("Line 37, offsets to operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L38_net_operating_expenditures_period", N_("Line 38, net operating expenditures (column A)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6a_cash_on_hand_jan_1_ytd", N_("Line 6(a), cash on hand January 1 (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6a_year_for_above_ytd", N_("Year of the January 1 cash on hand"),
    FEC_KIND_DIGITS, FEC_OPTIONAL, 4 },
  { "L6c_total_receipts_ytd", N_("Line 6(c), total receipts (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L6d_subtotal_ytd", N_("Line 6(d), subtotal (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L7_total_disbursements_ytd", N_("Line 7, total disbursements (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L8_cash_on_hand_close_ytd", N_("Line 8, cash on hand at close (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11ai_itemized_ytd", N_("Line 11(a)(i), individuals, itemized (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aii_unitemized_ytd", N_("Line 11(a)(ii), individuals, unitemized (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11aiii_total_ytd", N_("Line 11(a)(iii), individuals, total (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11b_political_party_committees_ytd", N_("Line 11(b), political party committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11c_other_political_committees_pacs_ytd",
    N_("Line 11(c), other political committees (PACs) (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L11d_total_contributions_ytd", N_("Line 11(d), total contributions (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L12_transfers_from_affiliated_other_party_cmtes_ytd",
    N_("Line 12, transfers from affiliated or other party committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L13_all_loans_received_ytd", N_("Line 13, all loans received (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L14_loan_repayments_received_ytd", N_("Line 14, loan repayments received (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L15_offsets_to_operating_expenditures_refunds_ytd",
    N_("Line 15, offsets to operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L16_refunds_of_federal_contributions_ytd",
    N_("Line 16, refunds of contributions to federal candidates and committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L17_other_federal_receipts_dividends_ytd", N_("Line 17, other federal receipts (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18a_transfers_from_nonfederal_account_h3_ytd",
    N_("Line 18(a), transfers from the non-federal account (H3) (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18b_transfers_from_nonfederal_levin_h5_ytd",
    N_("Line 18(b), transfers from Levin funds (H5) (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L18c_total_nonfederal_transfers_18a_18b_ytd",
    N_("Line 18(c), total non-federal transfers (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L19_total_receipts_ytd", N_("Line 19, total receipts (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L20_total_federal_receipts_ytd", N_("Line 20, total federal receipts (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21ai_federal_share_ytd",
    N_("Line 21(a)(i), shared operating expenditures, federal share (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21aii_nonfederal_share_ytd",
    N_("Line 21(a)(ii), shared operating expenditures, non-federal share (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21b_other_federal_operating_expenditures_ytd",
    N_("Line 21(b), other federal operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L21c_total_operating_expenditures_ytd",
    N_("Line 21(c), total operating expenditures (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L22_transfers_to_affiliated_other_party_cmtes_ytd",
    N_("Line 22, transfers to affiliated or other party committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L23_contributions_to_federal_candidates_cmtes_ytd",
    N_("Line 23, contributions to federal candidates and committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L24_independent_expenditures_ytd", N_("Line 24, independent expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L25_coordinated_expend_made_by_party_cmtes_ytd",
    N_("Line 25, coordinated party expenditures (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L26_loan_repayments_made_ytd", N_("Line 26, loan repayments made (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L27_loans_made_ytd", N_("Line 27, loans made (column B)"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28a_individuals_persons_ytd", N_("Line 28(a), refunds to individuals (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28b_political_party_committees_ytd",
    N_("Line 28(b), refunds to political party committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28c_other_political_committees_ytd",
    N_("Line 28(c), refunds to other political committees (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L28d_total_contributions_refunds_ytd", N_("Line 28(d), total contribution refunds (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L29_other_disbursements_ytd", N_("Line 29, other disbursements (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30ai_shared_federal_activity_h6_fed_share_ytd",
    N_("Line 30(a)(i), shared federal election activity, federal share (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30aii_shared_federal_activity_h6_nonfed_ytd",
    N_("Line 30(a)(ii), shared federal election activity, Levin share (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30b_nonallocable_fed_election_activity_ytd",
    N_("Line 30(b), federal election activity paid entirely with federal funds (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L30c_total_federal_election_activity_ytd",
    N_("Line 30(c), total federal election activity (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L31_total_disbursements_ytd", N_("Line 31, total disbursements (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L32_total_federal_disbursements_ytd", N_("Line 32, total federal disbursements (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L33_total_contributions_ytd", N_("Line 33, total contributions (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L34_total_contribution_refunds_ytd", N_("Line 34, total contribution refunds (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L35_net_contributions_ytd", N_("Line 35, net contributions (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L36_total_federal_operating_expenditures_ytd",
    N_("Line 36, total federal operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L37_offsets_to_operating_expenditures_ytd",
    N_("Line 37, offsets to operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "L38_net_operating_expenditures_ytd", N_("Line 38, net operating expenditures (column B)"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
};

static const FecField sa_fields[] = {
  { "form_type", N_("Line"), FEC_KIND_TEXT, FEC_REQUIRED, 8 },
  { "filer_committee_id_number", N_("Committee FEC ID"), FEC_KIND_TEXT, FEC_REQUIRED, 9 },
  { "transaction_id", N_("Transaction ID"), FEC_KIND_TEXT, FEC_REQUIRED, 20 },
  { "back_reference_tran_id_number", N_("Related transaction ID"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "back_reference_sched_name", N_("Related record type"), FEC_KIND_TEXT, FEC_OPTIONAL, 8 },
  { "entity_type", N_("Contributor type"), FEC_KIND_TEXT, FEC_REQUIRED, 3 },
  { "contributor_organization_name", N_("Organization name"), FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
  { "contributor_last_name", N_("Last name"), FEC_KIND_TEXT, FEC_OPTIONAL, 30 },
  { "contributor_first_name", N_("First name"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "contributor_middle_name", N_("Middle name"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "contributor_prefix", N_("Prefix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "contributor_suffix", N_("Suffix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "contributor_street_1", N_("Street"), FEC_KIND_TEXT, FEC_RECOMMENDED, 34 },
  { "contributor_street_2", N_("Street (line 2)"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "contributor_city", N_("City"), FEC_KIND_TEXT, FEC_RECOMMENDED, 30 },
  { "contributor_state", N_("State"), FEC_KIND_STATE, FEC_RECOMMENDED, 2 },
  { "contributor_zip", N_("ZIP code"), FEC_KIND_TEXT, FEC_RECOMMENDED, 9 },
  { "election_code", N_("Election"), FEC_KIND_TEXT, FEC_OPTIONAL, 5 },
  { "election_other_description", N_("Election description"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "contribution_date", N_("Date received"), FEC_KIND_DATE, FEC_RECOMMENDED, 8 },
  { "contribution_amount", N_("Amount"), FEC_KIND_AMOUNT, FEC_RECOMMENDED, 12 },
  { "contribution_aggregate", N_("Aggregate"), FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "contribution_purpose_descrip", N_("Purpose"), FEC_KIND_TEXT, FEC_OPTIONAL, 100 },
  { "contributor_employer", N_("Employer"), FEC_KIND_TEXT, FEC_OPTIONAL, 38 },
  { "contributor_occupation", N_("Occupation"), FEC_KIND_TEXT, FEC_OPTIONAL, 38 },
  { "donor_committee_fec_id", N_("Donor committee FEC ID"), FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
  { "donor_committee_name", N_("Donor committee name"), FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
  { "donor_candidate_fec_id", N_("Donor candidate FEC ID"), FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
  { "donor_candidate_last_name", N_("Donor candidate's last name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 30 },
  { "donor_candidate_first_name", N_("Donor candidate's first name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "donor_candidate_middle_name", N_("Donor candidate's middle name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "donor_candidate_prefix", N_("Donor candidate's prefix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "donor_candidate_suffix", N_("Donor candidate's suffix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "donor_candidate_office", N_("Donor candidate's office"), FEC_KIND_TEXT, FEC_OPTIONAL, 1 },
  { "donor_candidate_state", N_("Donor candidate's state"), FEC_KIND_STATE, FEC_OPTIONAL, 2 },
  { "donor_candidate_district", N_("Donor candidate's district"),
    FEC_KIND_DIGITS, FEC_OPTIONAL, 2 },
  { "conduit_name", N_("Conduit name"), FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
  { "conduit_street_1", N_("Conduit street"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "conduit_street_2", N_("Conduit street (line 2)"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "conduit_city", N_("Conduit city"), FEC_KIND_TEXT, FEC_OPTIONAL, 30 },
  { "conduit_state", N_("Conduit state"), FEC_KIND_STATE, FEC_OPTIONAL, 2 },
  { "conduit_zip", N_("Conduit ZIP code"), FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
  { "memo_code", N_("Memo item"), FEC_KIND_CHECK, FEC_OPTIONAL, 1 },
  { "memo_text_description", N_("Memo text"), FEC_KIND_TEXT, FEC_OPTIONAL, 100 },
  { "reference_to_si_or_sl_system_code_that_identifies_the_account", N_("Non-federal account code"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
};

static const FecField sb_fields[] = {
  { "form_type", N_("Line"), FEC_KIND_TEXT, FEC_REQUIRED, 8 },
  { "filer_committee_id_number", N_("Committee FEC ID"), FEC_KIND_TEXT, FEC_REQUIRED, 9 },
  { "transaction_id", N_("Transaction ID"), FEC_KIND_TEXT, FEC_REQUIRED, 20 },
  { "back_reference_tran_id_number", N_("Related transaction ID"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "back_reference_sched_name", N_("Related record type"), FEC_KIND_TEXT, FEC_OPTIONAL, 8 },
  { "entity_type", N_("Payee type"), FEC_KIND_TEXT, FEC_REQUIRED, 3 },
  { "payee_organization_name", N_("Payee organization name"), FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
  { "payee_last_name", N_("Payee last name"), FEC_KIND_TEXT, FEC_OPTIONAL, 30 },
  { "payee_first_name", N_("Payee first name"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "payee_middle_name", N_("Payee middle name"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "payee_prefix", N_("Payee prefix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "payee_suffix", N_("Payee suffix"), FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "payee_street_1", N_("Street"), FEC_KIND_TEXT, FEC_RECOMMENDED, 34 },
  { "payee_street_2", N_("Street (line 2)"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "payee_city", N_("City"), FEC_KIND_TEXT, FEC_RECOMMENDED, 30 },
  { "payee_state", N_("State"), FEC_KIND_STATE, FEC_RECOMMENDED, 2 },
  { "payee_zip", N_("ZIP code"), FEC_KIND_TEXT, FEC_RECOMMENDED, 9 },
  { "election_code", N_("Election"), FEC_KIND_TEXT, FEC_OPTIONAL, 5 },
  { "election_other_description", N_("Election description"), FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "expenditure_date", N_("Date paid"), FEC_KIND_DATE, FEC_RECOMMENDED, 8 },
  { "expenditure_amount", N_("Amount"), FEC_KIND_AMOUNT, FEC_RECOMMENDED, 12 },
  { "semi_annual_refunded_bundled_amt", N_("Semi-annual bundled refund"),
    FEC_KIND_AMOUNT, FEC_OPTIONAL, 12 },
  { "expenditure_purpose_descrip", N_("Purpose"), FEC_KIND_TEXT, FEC_OPTIONAL, 100 },
  { "category_code", N_("Category"), FEC_KIND_TEXT, FEC_OPTIONAL, 3 },
  { "beneficiary_committee_fec_id", N_("Beneficiary committee FEC ID"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
  { "beneficiary_committee_name", N_("Beneficiary committee name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
  { "beneficiary_candidate_fec_id", N_("Beneficiary candidate FEC ID"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
  { "beneficiary_candidate_last_name", N_("Beneficiary candidate's last name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 30 },
  { "beneficiary_candidate_first_name", N_("Beneficiary candidate's first name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "beneficiary_candidate_middle_name", N_("Beneficiary candidate's middle name"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "beneficiary_candidate_prefix", N_("Beneficiary candidate's prefix"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "beneficiary_candidate_suffix", N_("Beneficiary candidate's suffix"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 10 },
  { "beneficiary_candidate_office", N_("Beneficiary candidate's office"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 1 },
  { "beneficiary_candidate_state", N_("Beneficiary candidate's state"),
    FEC_KIND_STATE, FEC_OPTIONAL, 2 },
  { "beneficiary_candidate_district", N_("Beneficiary candidate's district"),
    FEC_KIND_DIGITS, FEC_OPTIONAL, 2 },
  { "conduit_name", N_("Conduit name"), FEC_KIND_TEXT, FEC_OPTIONAL, 200 },
  { "conduit_street_1", N_("Conduit street"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "conduit_street_2", N_("Conduit street (line 2)"), FEC_KIND_TEXT, FEC_OPTIONAL, 34 },
  { "conduit_city", N_("Conduit city"), FEC_KIND_TEXT, FEC_OPTIONAL, 30 },
  { "conduit_state", N_("Conduit state"), FEC_KIND_STATE, FEC_OPTIONAL, 2 },
  { "conduit_zip", N_("Conduit ZIP code"), FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
  { "memo_code", N_("Memo item"), FEC_KIND_CHECK, FEC_OPTIONAL, 1 },
  { "memo_text_description", N_("Memo text"), FEC_KIND_TEXT, FEC_OPTIONAL, 100 },
  { "reference_to_si_or_sl_system_code_that_identifies_the_account", N_("Non-federal account code"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 9 },
};

static const FecField text_fields[] = {
  { "rec_type", N_("Record type"), FEC_KIND_TEXT, FEC_REQUIRED, 4 },
  { "filer_committee_id_number", N_("Committee FEC ID"), FEC_KIND_TEXT, FEC_REQUIRED, 9 },
  { "transaction_id_number", N_("Transaction ID"), FEC_KIND_TEXT, FEC_REQUIRED, 20 },
  { "back_reference_tran_id_number", N_("Related transaction ID"),
    FEC_KIND_TEXT, FEC_OPTIONAL, 20 },
  { "back_reference_sched_form_name", N_("Related record or form"),
    FEC_KIND_TEXT, FEC_REQUIRED, 8 },
  { "text4000", N_("Text"), FEC_KIND_TEXT, FEC_OPTIONAL, 4000 },
};

static const FecLayout layouts[] = {
  [FEC_FAMILY_NONE] = { 0, NULL },
  [FEC_FAMILY_HDR]  = { G_N_ELEMENTS (hdr_fields), hdr_fields },
  [FEC_FAMILY_F3]   = { G_N_ELEMENTS (f3_fields), f3_fields },
  [FEC_FAMILY_F3X]  = { G_N_ELEMENTS (f3x_fields), f3x_fields },
  [FEC_FAMILY_SA]   = { G_N_ELEMENTS (sa_fields), sa_fields },
  [FEC_FAMILY_SB]   = { G_N_ELEMENTS (sb_fields), sb_fields },
  [FEC_FAMILY_TEXT] = { G_N_ELEMENTS (text_fields), text_fields },
};

FecFamily
fec_family (const char *type)
{
  if (type == NULL)
    return FEC_FAMILY_NONE;
  /* By the first letter first: this runs for every field of every record. */
  switch (g_ascii_toupper (type[0]))
    {
    case 'S':
      /* Schedule A and B records: SA or SB followed by the line ("SA11AI", "SB21B"). */
      if (type[1] == '\0' || type[2] == '\0' || strchr (type, '/') != NULL)
        return FEC_FAMILY_NONE;
      if (g_ascii_toupper (type[1]) == 'A')
        return FEC_FAMILY_SA;
      if (g_ascii_toupper (type[1]) == 'B')
        return FEC_FAMILY_SB;
      return FEC_FAMILY_NONE;
    case 'H':
      return g_ascii_strcasecmp (type, "HDR") == 0 ? FEC_FAMILY_HDR : FEC_FAMILY_NONE;
    case 'T':
      return g_ascii_strcasecmp (type, "TEXT") == 0 ? FEC_FAMILY_TEXT : FEC_FAMILY_NONE;
    case 'F':
      if (g_ascii_strcasecmp (type, "F3N") == 0 || g_ascii_strcasecmp (type, "F3A") == 0 ||
          g_ascii_strcasecmp (type, "F3T") == 0)
        return FEC_FAMILY_F3;
      if (g_ascii_strcasecmp (type, "F3XN") == 0 || g_ascii_strcasecmp (type, "F3XA") == 0 ||
          g_ascii_strcasecmp (type, "F3XT") == 0)
        return FEC_FAMILY_F3X;
      return FEC_FAMILY_NONE;
    default:
      return FEC_FAMILY_NONE;
    }
}

const FecLayout *
fec_layout (FecFamily family)
{
  return family == FEC_FAMILY_NONE ? NULL : &layouts[family];
}

const FecField *
fec_layout_field (const char *type,
                  guint       n)
{
  const FecLayout *layout = fec_layout (fec_family (type));

  if (layout == NULL || n < 1 || n > layout->count)
    return NULL;
  return &layout->fields[n - 1];
}

guint
hustings_fec_layout_count (const char *type)
{
  const FecLayout *layout = fec_layout (fec_family (type));

  return layout ? layout->count : 0;
}

const char *
hustings_fec_layout_name (const char *type,
                          guint       n)
{
  const FecField *field = fec_layout_field (type, n);

  return field ? field->name : NULL;
}

const char *
hustings_fec_layout_label (const char *type,
                           guint       n)
{
  const FecField *field = fec_layout_field (type, n);

  return field ? _(field->label) : NULL;
}

/* Field names to numbers, one table per family, built once. */
static GHashTable **
name_tables (void)
{
  static GHashTable **tables = NULL;

  if (g_once_init_enter (&tables))
    {
      GHashTable **t = g_new0 (GHashTable *, G_N_ELEMENTS (layouts));

      for (guint f = FEC_FAMILY_HDR; f < G_N_ELEMENTS (layouts); f++)
        {
          t[f] = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint i = 0; i < layouts[f].count; i++)
            g_hash_table_insert (t[f], (gpointer) layouts[f].fields[i].name,
                                 GUINT_TO_POINTER (i + 1));
        }
      g_once_init_leave (&tables, t);
    }
  return tables;
}

int
hustings_fec_layout_find (const char *type,
                          const char *name)
{
  FecFamily family = fec_family (type);

  if (family == FEC_FAMILY_NONE || name == NULL)
    return 0;
  return GPOINTER_TO_INT (g_hash_table_lookup (name_tables ()[family], name));
}

/* The older versions. Each run is { 8.5 field, source field, count }. */

static const FecRun hdr_v3_runs[] = { { 1, 1, 5 }, { 6, 7, 3 } };

static const FecRun f3_v3_runs[] = {
  { 1, 1, 3 }, { 4, 9, 1 }, { 5, 4, 5 }, { 10, 10, 6 }, { 16, 20, 2 }, { 23, 93, 1 },
  { 24, 22, 70 },
};
static const FecNameSplit f3_v3_splits[] = { { 92, 18, 0, 0 } };   /* treasurer */
static const FecRun f3_v6_1_runs[] = { { 1, 1, 23 }, { 24, 31, 70 } };

static const FecRun f3x_v3_runs[] = {
  { 1, 1, 3 }, { 4, 9, 1 }, { 5, 4, 5 }, { 10, 11, 6 }, { 16, 10, 1 }, { 22, 107, 1 },
  { 23, 17, 20 }, { 43, 108, 2 }, { 45, 37, 2 }, { 47, 39, 15 }, { 62, 110, 4 }, { 66, 54, 1 },
  { 67, 55, 7 }, { 74, 62, 19 }, { 93, 114, 2 }, { 95, 81, 17 }, { 112, 116, 4 },
  { 116, 98, 8 },
};
static const FecNameSplit f3x_v3_splits[] = { { 106, 17, 0, 0 } };   /* treasurer */

#define SA_V3_RUNS \
  { 1, 1, 2 }, { 3, 34, 3 }, { 6, 3, 1 }, { 13, 5, 7 }, { 20, 15, 2 }, { 22, 14, 1 }, \
  { 23, 18, 1 }, { 24, 12, 2 }, { 26, 19, 1 }, { 28, 20, 1 }, { 34, 22, 3 }, { 37, 25, 6 }, \
  { 43, 31, 2 }, { 45, 37, 1 }
static const FecRun sa_v3_runs[] = { SA_V3_RUNS };
static const FecRun sa_v5_1_runs[] = { SA_V3_RUNS, { 7, 39, 6 } };
/* contributor, donor candidate */
static const FecNameSplit sa_v3_splits[] = { { 4, 8, 7, 6 }, { 21, 29, 0, 0 } };
static const FecRun sa_v6_1_runs[] = { { 1, 1, 22 }, { 23, 24, 1 }, { 24, 26, 3 }, { 28, 29, 18 } };
static const FecRun sa_v6_2_runs[] = { { 1, 1, 22 }, { 23, 24, 1 }, { 24, 26, 22 } };
static const FecRun sa_v6_4_runs[] = { { 1, 1, 22 }, { 23, 24, 1 }, { 24, 25, 22 } };

#define SB_V3_RUNS \
  { 1, 1, 2 }, { 3, 31, 3 }, { 6, 3, 1 }, { 13, 5, 5 }, { 18, 12, 4 }, { 23, 11, 1 }, \
  { 24, 36, 1 }, { 25, 16, 1 }, { 27, 17, 1 }, { 33, 19, 3 }, { 36, 22, 8 }, { 44, 34, 1 }
static const FecRun sb_v3_runs[] = { SB_V3_RUNS };
static const FecRun sb_v5_1_runs[] = { SB_V3_RUNS, { 7, 38, 6 } };
/* payee, beneficiary candidate */
static const FecNameSplit sb_v3_splits[] = { { 4, 8, 7, 6 }, { 18, 28, 0, 0 } };
static const FecRun sb_v6_1_runs[] = { { 1, 1, 21 }, { 23, 23, 2 }, { 25, 27, 1 }, { 27, 28, 18 } };
static const FecRun sb_v6_2_runs[] = { { 1, 1, 21 }, { 23, 23, 2 }, { 25, 27, 20 } };
static const FecRun sb_v6_4_runs[] = { { 1, 1, 22 }, { 23, 24, 2 }, { 25, 26, 20 } };

/* Before 6.1 a TEXT record was: TEXT, form or schedule it belongs to, its transaction, text. */
static const FecRun text_v3_runs[] = { { 1, 1, 1 }, { 5, 2, 1 }, { 4, 3, 1 }, { 6, 4, 1 } };

#define MAP(runs) { runs, G_N_ELEMENTS (runs), NULL, 0 }
#define MAP_SPLIT(runs, splits) { runs, G_N_ELEMENTS (runs), splits, G_N_ELEMENTS (splits) }

static const FecMap hdr_v3 = MAP (hdr_v3_runs);
static const FecMap f3_v3 = MAP_SPLIT (f3_v3_runs, f3_v3_splits);
static const FecMap f3_v6_1 = MAP (f3_v6_1_runs);
static const FecMap f3x_v3 = MAP_SPLIT (f3x_v3_runs, f3x_v3_splits);
static const FecMap sa_v3 = MAP_SPLIT (sa_v3_runs, sa_v3_splits);
static const FecMap sa_v5_1 = MAP_SPLIT (sa_v5_1_runs, sa_v3_splits);
static const FecMap sa_v6_1 = MAP (sa_v6_1_runs);
static const FecMap sa_v6_2 = MAP (sa_v6_2_runs);
static const FecMap sa_v6_4 = MAP (sa_v6_4_runs);
static const FecMap sb_v3 = MAP_SPLIT (sb_v3_runs, sb_v3_splits);
static const FecMap sb_v5_1 = MAP_SPLIT (sb_v5_1_runs, sb_v3_splits);
static const FecMap sb_v6_1 = MAP (sb_v6_1_runs);
static const FecMap sb_v6_2 = MAP (sb_v6_2_runs);
static const FecMap sb_v6_4 = MAP (sb_v6_4_runs);
static const FecMap text_v3 = MAP (text_v3_runs);

const FecMap *
fec_legacy_map (FecFamily family,
                FecEra    era)
{
  gboolean comma = era <= FEC_ERA_5_1;

  switch (family)
    {
    case FEC_FAMILY_HDR:
      return comma ? &hdr_v3 : NULL;
    case FEC_FAMILY_F3:
      if (comma)
        return &f3_v3;
      return era <= FEC_ERA_6_2 ? &f3_v6_1 : NULL;
    case FEC_FAMILY_F3X:
      return comma ? &f3x_v3 : NULL;
    case FEC_FAMILY_SA:
      switch (era)
        {
        case FEC_ERA_2:
        case FEC_ERA_3:   return &sa_v3;
        case FEC_ERA_5_1: return &sa_v5_1;
        case FEC_ERA_6_1: return &sa_v6_1;
        case FEC_ERA_6_2: return &sa_v6_2;
        case FEC_ERA_6_4: return &sa_v6_4;
        case FEC_ERA_8:   return NULL;
        }
      break;
    case FEC_FAMILY_SB:
      switch (era)
        {
        case FEC_ERA_2:
        case FEC_ERA_3:   return &sb_v3;
        case FEC_ERA_5_1: return &sb_v5_1;
        case FEC_ERA_6_1: return &sb_v6_1;
        case FEC_ERA_6_2: return &sb_v6_2;
        case FEC_ERA_6_4: return &sb_v6_4;
        case FEC_ERA_8:   return NULL;
        }
      break;
    case FEC_FAMILY_TEXT:
      return comma ? &text_v3 : NULL;
    case FEC_FAMILY_NONE:
      break;
    }
  return NULL;
}

/* The summary pages (fec-format.md §4 "= …" rules), by field number. */

static const FecSumRule f3_rules[] = {
  /* Column A */
  { 24, { 39 } },                     /* 6(a) = 11(e) */
  { 25, { 55 } },                     /* 6(b) = 20(d) */
  { 26, { 24, -25 } },                /* 6(c) = 6(a) - 6(b) */
  { 27, { 47 } },                     /* 7(a) = 17 */
  { 28, { 44 } },                     /* 7(b) = 14 */
  { 29, { 27, -28 } },                /* 7(c) = 7(a) - 7(b) */
  { 30, { 62 } },                     /* 8 = 27 */
  { 35, { 33, 34 } },                 /* 11(a)(iii) = (i) + (ii) */
  { 39, { 35, 36, 37, 38 } },         /* 11(e) = 11(a)(iii) + (b) + (c) + (d) */
  { 43, { 41, 42 } },                 /* 13(c) = (a) + (b) */
  { 46, { 39, 40, 43, 44, 45 } },     /* 16 = 11(e) + 12 + 13(c) + 14 + 15 */
  { 51, { 49, 50 } },                 /* 19(c) = (a) + (b) */
  { 55, { 52, 53, 54 } },             /* 20(d) = (a) + (b) + (c) */
  { 57, { 47, 48, 51, 55, 56 } },     /* 22 = 17 + 18 + 19(c) + 20(d) + 21 */
  { 59, { 46 } },                     /* 24 = 16 */
  { 60, { 58, 59 } },                 /* 25 = 23 + 24 */
  { 61, { 57 } },                     /* 26 = 22 */
  { 62, { 60, -61 } },                /* 27 = 25 - 26 */
  /* Column B */
  { 63, { 75 } },
  { 64, { 91 } },
  { 65, { 63, -64 } },
  { 66, { 83 } },
  { 67, { 80 } },
  { 68, { 66, -67 } },
  { 71, { 69, 70 } },
  { 75, { 71, 72, 73, 74 } },
  { 79, { 77, 78 } },
  { 82, { 75, 76, 79, 80, 81 } },
  { 87, { 85, 86 } },
  { 91, { 88, 89, 90 } },
  { 93, { 83, 84, 87, 91, 92 } },
  { 0 },
};

static const FecSumRule f3x_rules[] = {
  /* Column A */
  { 24, { 45 } },                     /* 6(c) = 19 */
  { 25, { 23, 24 } },                 /* 6(d) = 6(b) + 6(c) */
  { 26, { 66 } },                     /* 7 = 31 */
  { 27, { 25, -26 } },                /* 8 = 6(d) - 7 */
  { 32, { 30, 31 } },                 /* 11(a)(iii) = (i) + (ii) */
  { 35, { 32, 33, 34 } },             /* 11(d) = 11(a)(iii) + (b) + (c) */
  { 44, { 42, 43 } },                 /* 18(c) = (a) + (b) */
  { 45, { 35, 36, 37, 38, 39, 40, 41, 44 } },   /* 19 = 11(d) + 12 … 17 + 18(c) */
  { 46, { 45, -44 } },                /* 20 = 19 - 18(c) */
  { 50, { 47, 48, 49 } },             /* 21(c) = (a)(i) + (a)(ii) + (b) */
  { 60, { 57, 58, 59 } },             /* 28(d) = (a) + (b) + (c) */
  { 65, { 62, 63, 64 } },             /* 30(c) = (a)(i) + (a)(ii) + (b) */
  /* 31 = 21(c) + 22 … 27 + 28(d) + 29 + 30(c) */
  { 66, { 50, 51, 52, 53, 54, 55, 56, 60, 61, 65 } },
  { 67, { 66, -48, -63 } },           /* 32 = 31 - 21(a)(ii) - 30(a)(ii) */
  { 68, { 35 } },                     /* 33 = 11(d) */
  { 69, { 60 } },                     /* 34 = 28(d) */
  { 70, { 35, -60 } },                /* 35 = 11(d) - 28(d) */
  { 71, { 47, 49 } },                 /* 36 = 21(a)(i) + 21(b) */
  { 72, { 39 } },                     /* 37 = 15 */
  { 73, { 71, -72 } },                /* 38 = 36 - 37 */
  /* Column B */
  { 76, { 95 } },
  { 77, { 74, 76 } },                 /* 6(d) = 6(a) + 6(c) */
  { 78, { 116 } },
  { 79, { 77, -78 } },
  { 82, { 80, 81 } },
  { 85, { 82, 83, 84 } },
  { 94, { 92, 93 } },
  { 95, { 85, 86, 87, 88, 89, 90, 91, 94 } },
  { 96, { 95, -94 } },
  { 100, { 97, 98, 99 } },
  { 110, { 107, 108, 109 } },
  { 115, { 112, 113, 114 } },
  { 116, { 100, 101, 102, 103, 104, 105, 106, 110, 111, 115 } },
  { 117, { 116, -98, -113 } },
  { 118, { 85 } },
  { 119, { 110 } },
  { 120, { 85, -110 } },
  { 121, { 97, 99 } },
  { 122, { 89 } },
  { 123, { 121, -122 } },
  { 0 },
};

const FecSumRule *
fec_sum_rules (FecFamily family)
{
  if (family == FEC_FAMILY_F3)
    return f3_rules;
  if (family == FEC_FAMILY_F3X)
    return f3x_rules;
  return NULL;
}

/* Which summary line (column A field) each schedule line feeds (§6). */
typedef struct {
  const char *type;
  guint8      field;
} FecLine;

static const FecLine f3_lines[] = {
  { "SA11AI", 33 }, { "SA11B", 36 }, { "SA11C", 37 }, { "SA11D", 38 }, { "SA12", 40 },
  { "SA13A", 41 }, { "SA13B", 42 }, { "SA14", 44 }, { "SA15", 45 }, { "SB17", 47 },
  { "SB18", 48 }, { "SB19A", 49 }, { "SB19B", 50 }, { "SB20A", 52 }, { "SB20B", 53 },
  { "SB20C", 54 }, { "SB21", 56 }, { NULL, 0 },
};

static const FecLine f3x_lines[] = {
  { "SA11AI", 30 }, { "SA11B", 33 }, { "SA11C", 34 }, { "SA12", 36 }, { "SA13", 37 },
  { "SA14", 38 }, { "SA15", 39 }, { "SA16", 40 }, { "SA17", 41 }, { "SB21B", 49 },
  { "SB22", 51 }, { "SB23", 52 }, { "SB26", 55 }, { "SB27", 56 }, { "SB28A", 57 },
  { "SB28B", 58 }, { "SB28C", 59 }, { "SB29", 61 }, { "SB30B", 64 }, { NULL, 0 },
};

guint
fec_line_field (FecFamily   cover,
                const char *type)
{
  const FecLine *lines = cover == FEC_FAMILY_F3 ? f3_lines :
                         cover == FEC_FAMILY_F3X ? f3x_lines : NULL;

  for (guint i = 0; lines && lines[i].type; i++)
    if (g_ascii_strcasecmp (lines[i].type, type) == 0)
      return lines[i].field;
  return 0;
}
