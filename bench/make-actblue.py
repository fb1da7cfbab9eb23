#!/usr/bin/env python3
"""Writes a realistic ActBlue contributions export (the 101-column layout) for the import
benchmark.

usage: make-actblue.py CONTACTS.tsv ROWS OUT.csv

CONTACTS.tsv is `hustings-cli contacts FILE` of the committee the file will be imported into:
about a third of the donors are its contacts (same name and ZIP code; some with a new employer),
the rest are new people in the same places. Gifts are in date order over the cycle, as ActBlue
exports them; a few donors give often (monthly recurring plans), most give once or twice, and
amounts cluster on the usual suggested buttons.
"""
import csv
import random
import sys

HEADER = (
    "Receipt ID,Date,Amount,Recurring Total Months,Recurrence Number,Recipient,Fundraising Page,"
    "Fundraising Partner,Reference Code 2,Reference Code,Donor First Name,Donor Last Name,"
    "Donor Addr1,Donor Addr2,Donor City,Donor State,Donor ZIP,Donor Country,Donor Occupation,"
    "Donor Employer,Donor Email,Donor Phone,New Express Signup,Comments,Check Number,Check Date,"
    "Employer Addr1,Employer Addr2,Employer City,Employer State,Employer ZIP,Employer Country,"
    "Donor ID,Fundraiser ID,Fundraiser Recipient ID,Fundraiser Contact Email,"
    "Fundraiser Contact First Name,Fundraiser Contact Last Name,Partner ID,Partner Contact Email,"
    "Partner Contact First Name,Partner Contact Last Name,Reserved,Lineitem ID,AB Test Name,"
    "AB Variation,Recipient Committee,Recipient ID,Recipient Gov ID,Recipient Election,Reserved,"
    "Payment ID,Payment Date,Disbursement ID,Disbursement Date,Recovery ID,Recovery Date,"
    "Refund ID,Refund Date,Fee,Recur Weekly,ActBlue Express Lane,Reserved,Card Type,Reserved,"
    "Reserved,Reserved,Reserved,Mobile,Recurring Upsell Shown,Recurring Upsell Succeeded,"
    "Double Down,Smart Recurring,Monthly Recurring Amount,Apple Pay,"
    "Card Replaced by Account Updater,ActBlue Express Donor,Custom Field 1 Label,"
    "Custom Field 1 Value,Donor US Passport Number,Text Message Opt In,Gift Identifier,"
    "Gift Declined,Shipping Addr1,Shipping City,Shipping State,Shipping Zip,Shipping Country,"
    "Weekly Recurring Amount,Smart Boost Amount,Smart Boost Shown,Bump Recurring Seen,"
    "Bump Recurring Succeeded,Weekly to Monthly Rollover Date,Weekly Recurring Sunset,"
    "Recurring Type,Recurring Pledged,Paypal,Kind,Managed Entity Name,"
    "Managed Entity Committee Name"
).split(",")
COL = {name: i for i, name in enumerate(HEADER) if name != "Reserved"}

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy "
         "Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily "
         "Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah "
         "Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Amy "
         "Jacob Kathleen Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma Stephen Anna "
         "Larry Pamela Justin Nicole Scott Samantha Brandon Katherine Benjamin Christine Samuel "
         "Helen Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack "
         "Olivia Dennis Heather Jerry Catherine Tyler Diane Aaron Julie José Zoë Nguyễn").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
        "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
        "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
        "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
        "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
        "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
        "Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
        "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster O'Brien "
        "Müller").split()
STREETS = ("Main St,Oak Ave,Maple Dr,Cedar Ln,Pine St,Elm St,Washington Ave,Lake Rd,Hill St,"
           "Park Ave,2nd St,Sunset Blvd,River Rd,Church St,Highland Ave").split(",")
JOBS = [("Teacher", "Austin ISD"), ("Nurse", "Kaiser Permanente"), ("Attorney", "Self-Employed"),
        ("Engineer", "Boeing"), ("Retired", "Retired"), ("Not Employed", "Not Employed"),
        ("Physician", "Mayo Clinic"), ("Software Developer", "Microsoft"),
        ("Accountant", "Deloitte"), ("Sales Manager", "Target"), ("Professor", "State University"),
        ("Homemaker", "None"), ("Consultant", "Self-Employed"), ("Pharmacist", "CVS Health")]
BUTTONS = [(5, 8), (10, 14), (15, 6), (25, 22), (27, 6), (50, 16), (100, 14), (250, 7),
           (500, 3), (1000, 2), (2800, 1), (3300, 1)]


def load_places_and_people(path):
    places, people = [], []
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        at = {name: i for i, name in enumerate(header)}
        for row in rows:
            city, state, zip_code = row[at["city"]], row[at["state"]], row[at["zip"]]
            if city and state and len(zip_code) >= 5:
                places.append((city, state, zip_code[:5]))
            words = row[at["name"]].split()
            if row[at["type"]] == "IND" and len(words) >= 2 and zip_code:
                people.append({"first": words[0], "last": words[-1], "street": row[at["street"]],
                               "city": city, "state": state, "zip": zip_code[:5],
                               "email": row[at["email"]], "phone": row[at["phone"]],
                               "occupation": row[at["occupation"]],
                               "employer": row[at["employer"]]})
    return places, people


def main():
    contacts_path, n_rows, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(7)
    places, known = load_places_and_people(contacts_path)
    if not places:
        places = [("Springfield", "IL", "62701")]

    # The donors: a third known contacts, the rest new. A donor's weight is how often they give.
    n_donors = max(1, n_rows * 3 // 10)
    donors = []
    for i in range(n_donors):
        if known and rng.random() < 0.33:
            person = dict(rng.choice(known))
            if rng.random() < 0.1 or not person["occupation"]:
                person["occupation"], person["employer"] = rng.choice(JOBS)
        else:
            city, state, zip_code = rng.choice(places)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            occupation, employer = rng.choice(JOBS)
            person = {"first": first, "last": last,
                      "street": f"{rng.randint(1, 9999)} {rng.choice(STREETS)}",
                      "city": city, "state": state, "zip": zip_code,
                      "email": f"{first.lower()}.{last.lower()}{i}@example.com".replace("'", ""),
                      "phone": f"{rng.randint(200, 989)}555{rng.randint(0, 9999):04d}",
                      "occupation": occupation, "employer": employer}
        person["id"] = 9000000 + i
        person["recurring"] = rng.random() < 0.08
        donors.append(person)
    weights = [12.0 if d["recurring"] else rng.choice((1.0, 1.0, 1.0, 2.0, 3.0)) for d in donors]
    amounts = [a for a, _ in BUTTONS]
    amount_weights = [w for _, w in BUTTONS]

    # Gifts spread over 2025-01-01 .. 2026-10-31 in time order.
    days = []
    for year, month, length in ((y, m, (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
                                for y in (2025, 2026) for m in range(1, 13)):
        if (year, month) <= (2026, 10):
            days += [f"{year}-{month:02d}-{d:02d}" for d in range(1, length + 1)]
    chosen = rng.choices(range(n_donors), weights=weights, k=n_rows)
    gift_amounts = rng.choices(amounts, weights=amount_weights, k=n_rows)
    installments = {}

    with open(out_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(n_rows):
            d = donors[chosen[n]]
            day = days[n * len(days) // n_rows]
            seconds = (n * 86400 * len(days) // n_rows) % 86400
            stamp = f"{day} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
            amount = 25 if d["recurring"] else gift_amounts[n]
            row = [""] * len(HEADER)
            row[COL["Receipt ID"]] = f"AB{40000000 + n}"
            row[COL["Date"]] = stamp
            row[COL["Amount"]] = f"{amount}.00"
            if d["recurring"]:
                installments[d["id"]] = installments.get(d["id"], 0) + 1
                row[COL["Recurring Total Months"]] = "unlimited"
                row[COL["Recurrence Number"]] = str(installments[d["id"]])
                row[COL["Recurring Type"]] = "monthly"
                row[COL["Recurring Pledged"]] = "forever"
                row[COL["Monthly Recurring Amount"]] = f"{amount}.00"
            row[COL["Recipient"]] = "Friends of Alex Rivera"
            row[COL["Fundraising Page"]] = "https://secure.actblue.com/donate/rivera-2026"
            row[COL["Reference Code"]] = rng.choice(("", "email", "fb", "sms", "web"))
            row[COL["Donor First Name"]] = d["first"]
            row[COL["Donor Last Name"]] = d["last"]
            row[COL["Donor Addr1"]] = d["street"]
            row[COL["Donor City"]] = d["city"]
            row[COL["Donor State"]] = d["state"]
            row[COL["Donor ZIP"]] = d["zip"]
            row[COL["Donor Country"]] = "United States"
            row[COL["Donor Occupation"]] = d["occupation"]
            row[COL["Donor Employer"]] = d["employer"]
            row[COL["Donor Email"]] = d["email"]
            row[COL["Donor Phone"]] = d["phone"]
            row[COL["New Express Signup"]] = "f"
            row[COL["Donor ID"]] = str(d["id"])
            row[COL["Lineitem ID"]] = str(70000000 + n)
            row[COL["Recipient Committee"]] = "Friends of Alex Rivera"
            row[COL["Recipient ID"]] = "112233"
            row[COL["Recipient Election"]] = ""
            row[COL["Payment ID"]] = str(50000000 + n)
            row[COL["Payment Date"]] = f"{day} 00:00:00"
            row[COL["Disbursement ID"]] = str(800000 + n // 5000)
            row[COL["Disbursement Date"]] = f"{day} 00:00:00"
            row[COL["Fee"]] = f"{amount * 395 // 10000}.{amount * 395 // 100 % 100:02d}"
            row[COL["Recur Weekly"]] = "f"
            row[COL["ActBlue Express Lane"]] = rng.choice("tf")
            row[COL["Card Type"]] = rng.choice(("visa", "visa", "mastercard", "amex", "discover"))
            row[COL["Mobile"]] = rng.choice("tf")
            row[COL["Recurring Upsell Shown"]] = "f"
            row[COL["Recurring Upsell Succeeded"]] = "f"
            row[COL["Double Down"]] = "f"
            row[COL["Smart Recurring"]] = "f"
            row[COL["Apple Pay"]] = "f"
            row[COL["Card Replaced by Account Updater"]] = "f"
            row[COL["ActBlue Express Donor"]] = rng.choice("tf")
            row[COL["Text Message Opt In"]] = "unknown"
            row[COL["Gift Declined"]] = "f"
            row[COL["Smart Boost Shown"]] = "f"
            row[COL["Bump Recurring Seen"]] = "f"
            row[COL["Bump Recurring Succeeded"]] = "f"
            row[COL["Paypal"]] = "f"
            row[COL["Kind"]] = "page"
            writer.writerow(row)


if __name__ == "__main__":
    main()
