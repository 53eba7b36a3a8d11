import Foundation
import GRDB
import Testing

@testable import Handover

/// The controller examples' invented data (`Examples/<name>/`, written by each `generate.py`) read
/// straight from their files and checked for agreeing with themselves in time, amount and status,
/// so that a bundle never shows a subject an order paid before it was placed.
///
/// The rules, per example (a day and a moment are compared by day; "the snapshot" is the day the data
/// were taken, `SNAPSHOT` in `Examples/synthetic.py`, and nothing but what is planned lies after it):
///
/// - Every example: a child record is dated on or after the record it belongs to (an order after its
///   customer or account, an invoice after the order or service, a payment after the invoice, a portal
///   or login account after its customer, a record about a customer after the customer was created),
///   and what ends something (an objection, a withdrawal, an unsubscription) comes after it.
/// - ajos: orders are paid after they were placed; portal activity follows the account's creation and
///   no login is later than its `last_login_at`; cookie consents follow the account; enquiries follow
///   the sender's record; a "Satisfaction <year>" survey is answered in that year, after the
///   representative was created; `customer_statistics` counts the enquiries of the 365 days up to
///   `computed_on` and, for a private customer, bands the sum of those days' orders.
/// - ajusto: an order is scheduled after it was requested; "planned" exactly when scheduled after the
///   snapshot; order and invoice numbers carry the year of the request and of the invoice; an invoice
///   follows the intervention and a payment the invoice; payments plus the receivable's `amount_due`
///   make the invoice total (a receivable owes something); a receivable falls due after the invoice
///   and before the snapshot; a dispute follows the intervention; survey answers fall in the
///   survey's season.
/// - alsjelieft: orders, log lines and offers fall while the account exists (after `created_at`, not
///   after `deleted_on`); an order "in productie" was placed in the 30 days before the snapshot; an
///   invoice is unpaid exactly when its order was cancelled; a quote "verstuurd" is at most 30 days
///   old, one "verlopen" older, and its last contact follows the request; service mails follow their
///   order, and a "verzonden" (shipped) mail is sent only for a delivered order; newsletter sign-ups
///   are confirmed after they were made and ended after that.
/// - jetstax: a service starts after its customer signed up; an invoice follows the customer's first
///   service, carries its year in its number and is paid (from an IBAN only then) after it was issued;
///   no access-log login is later than the account's `last_login_at`; `direct_marketing.csv` has an
///   opt-out date exactly when the customer record says `marketing_opt_out`; Oana's pre-contract
///   request precedes her customer record.
/// - jsm: a contract starts after its customer signed up and carries its start year in its number;
///   each invoice bills a different month within its contract, at least the monthly fee, falls due
///   and is paid after the month began, with a direct-debit mandate exactly when paid by direct debit;
///   a credit check follows the customer (within 30 days for a new customer, in the 30 days before a
///   contract's start for a new contract); `last_activity_at` is no earlier than the customer's
///   support contacts and logged-in visits; an interest profile is updated after the visitor's last
///   visit; newsletter clicks never exceed opens.
///
/// Every rule was broken by the data as first generated; a failure names the file, the rule, how
/// many records break it and the first few of them.
struct ExampleDataInvariantTests {
    /// The day the data were taken (`SNAPSHOT` in `Examples/synthetic.py`).
    static let snapshot = "2025-12-31"

    @Test func ajosRecordsAgree() throws {
        let files = ExampleDataFiles(example: "ajos")
        let findings = InvariantFindings(example: "ajos")
        let crm = "crm.sqlite"
        let representatives = try files.sqlite(crm, "representatives").keyed("id")
        let privates = try files.sqlite(crm, "private_customers").keyed("id")
        let orders = try files.sqlite(crm, "orders")
        let portalUsers = try files.sqlite(crm, "portal_users").keyed("id")

        for order in orders {
            let customer = privates[order["private_customer_id"] ?? ""]
            findings.check(
                "\(crm) orders", "ordered_at is on/after the private customer's created_at", order.id,
                ExampleTime.onOrAfter(order["ordered_at"], customer?["created_at"]))
            findings.check(
                "\(crm) orders", "paid_at is on/after ordered_at and not after the snapshot", order.id,
                ExampleTime.onOrAfter(order["paid_at"], order["ordered_at"])
                    && ExampleTime.onOrAfter(Self.snapshot, order["paid_at"]))
        }
        for user in portalUsers.values.sorted(by: { $0.id < $1.id }) {
            let owner =
                user["account_type"] == "company"
                ? representatives[user["representative_id"] ?? ""] : privates[user["private_customer_id"] ?? ""]
            findings.check(
                "\(crm) portal_users",
                "created_at is on/after its representative's or customer's created_at; last_login_at after it",
                user.id,
                ExampleTime.onOrAfter(user["created_at"], owner?["created_at"])
                    && ExampleTime.onOrAfter(user["last_login_at"], user["created_at"]))
        }
        for activity in try files.jsonLines("smartbyg_activity.jsonl") {
            let user = portalUsers[activity["portal_user_id"] ?? ""]
            findings.check(
                "smartbyg_activity.jsonl",
                "at is on/after the portal user's created_at, and a login is not after its last_login_at", activity.id,
                ExampleTime.onOrAfter(activity["at"], user?["created_at"])
                    && (activity["action"] != "login" || ExampleTime.onOrAfter(user?["last_login_at"], activity["at"])))
        }
        for consent in try files.json("cookie_consents.json") {
            findings.check(
                "cookie_consents.json", "given_at is on/after the portal user's created_at",
                "consent_id \(consent["consent_id"] ?? "?")",
                ExampleTime.onOrAfter(consent["given_at"], portalUsers[consent["portal_user_id"] ?? ""]?["created_at"]))
        }

        // Who sent each enquiry: a private customer (by the relationship) or a representative, found by
        // e-mail address or mobile number.
        let representativeByEmail = representatives.values.indexed { ExampleIdentity.email($0["work_email"]) }
        let representativeByPhone = representatives.values.indexed {
            ExampleIdentity.phone($0["mobile"], country: "45")
        }
        let privateByEmail = privates.values.indexed { ExampleIdentity.email($0["email"]) }
        let privateByPhone = privates.values.indexed { ExampleIdentity.phone($0["phone"], country: "45") }
        let enquiries = try files.jsonLines("enquiries.jsonl")
        let senders: [(kind: String, record: DataRecord?)] = enquiries.map { enquiry in
            let email = ExampleIdentity.email(enquiry["from_email"])
            let phone = ExampleIdentity.phone(enquiry["from_phone"], country: "45")
            if enquiry["relationship"] == "private customer" {
                return ("private", email.flatMap { privateByEmail[$0] } ?? phone.flatMap { privateByPhone[$0] })
            }
            return (
                "representative",
                email.flatMap { representativeByEmail[$0] } ?? phone.flatMap { representativeByPhone[$0] }
            )
        }
        for (enquiry, sender) in zip(enquiries, senders) {
            findings.check(
                "enquiries.jsonl",
                "received_at is on/after the created_at of the representative or customer who sent it",
                enquiry.id,
                sender.record != nil && ExampleTime.onOrAfter(enquiry["received_at"], sender.record?["created_at"]))
        }
        for statistic in try files.sqlite(crm, "customer_statistics") {
            let computed = statistic["computed_on"]
            let representative = statistic["representative_id"]
            let customer = statistic["private_customer_id"]
            let count = zip(enquiries, senders).filter { enquiry, sender in
                let who = sender.kind == "representative" ? representative : customer
                return who != nil && sender.record?["id"] == who
                    && ExampleTime.isInYear(before: computed, enquiry["received_at"])
            }.count
            findings.check(
                "\(crm) customer_statistics",
                "enquiries_last_12_months counts the sender's enquiries in the 365 days up to computed_on",
                statistic.id,
                statistic["enquiries_last_12_months"] == String(count))
            if let customer {
                let spent = orders.filter {
                    $0["private_customer_id"] == customer && ExampleTime.isInYear(before: computed, $0["ordered_at"])
                }.compactMap { Double($0["amount_dkk"] ?? "") }.reduce(0, +)
                let band = spent < 50000 ? "< 50k DKK" : spent <= 250000 ? "50k-250k DKK" : "> 250k DKK"
                findings.check(
                    "\(crm) customer_statistics",
                    "a private customer's yearly_spend_band bands the orders of the 365 days up to computed_on",
                    statistic.id, statistic["yearly_spend_band"] == band)
            }
        }
        for survey in try files.csv("surveys.csv") {
            let representative = ExampleIdentity.email(survey["respondent_email"]).flatMap { representativeByEmail[$0] }
            findings.check(
                "surveys.csv",
                "answered_at is in the year the survey is named after, on/after the representative's created_at",
                "response_id \(survey["response_id"] ?? "?")",
                survey["answered_at"]?.prefix(4) == survey["survey"]?.suffix(4)
                    && (representative == nil
                        || ExampleTime.onOrAfter(survey["answered_at"], representative?["created_at"]))
            )
        }
        findings.expectAllHold()
    }

    @Test func ajustoRecordsAgree() throws {
        let files = ExampleDataFiles(example: "ajusto")
        let findings = InvariantFindings(example: "ajusto")
        let jaimy = "jaimy.sqlite"
        let customers = try files.sqlite(jaimy, "customers").keyed("id")
        let orders = try files.sqlite(jaimy, "orders").keyed("id")
        let payments = try files.sqlite(jaimy, "payments")
        let invoices = try files.sqlite(jaimy, "invoices")
        let receivables = try files.sqlite(jaimy, "receivables")
        let invoiceByOrder = invoices.indexed { $0["order_id"] }
        let invoicesByID = invoices.keyed("id")
        let receivableByInvoice = receivables.indexed { $0["invoice_id"] }

        for order in orders.values.sorted(by: { $0.id < $1.id }) {
            let file = "\(jaimy) orders"
            findings.check(
                file, "requested_at is on/after the customer's created_at", order.id,
                ExampleTime.onOrAfter(order["requested_at"], customers[order["customer_id"] ?? ""]?["created_at"]))
            findings.check(
                file, "scheduled_for is on/after requested_at", order.id,
                ExampleTime.onOrAfter(order["scheduled_for"], order["requested_at"]))
            findings.check(
                file, "status is 'planned' exactly when scheduled_for is after the snapshot", order.id,
                (order["status"] == "planned") == ((order["scheduled_for"] ?? "") > Self.snapshot))
            let numberYear = order["order_number"].flatMap { number in
                number.split(separator: "-").dropFirst().first.map { String($0) }
            }
            findings.check(
                file, "order_number carries the two-digit year of requested_at", order.id,
                numberYear != nil && numberYear == order["requested_at"].map { String($0.prefix(4).suffix(2)) })
        }
        for payment in payments {
            let order = orders[payment["order_id"] ?? ""]
            let invoice = invoiceByOrder[payment["order_id"] ?? ""]
            findings.check(
                "\(jaimy) payments", "paid_at is on/after the order's requested_at and not after the snapshot",
                payment.id,
                ExampleTime.onOrAfter(payment["paid_at"], order?["requested_at"])
                    && ExampleTime.onOrAfter(Self.snapshot, payment["paid_at"]))
            if let invoice {
                findings.check(
                    "\(jaimy) payments", "paid_at is on/after the order's invoice's issued_on", payment.id,
                    ExampleTime.onOrAfter(payment["paid_at"], invoice["issued_on"]))
            }
        }
        for invoice in invoices {
            let file = "\(jaimy) invoices"
            let order = orders[invoice["order_id"] ?? ""]
            findings.check(
                file, "issued_on is on/after the order's scheduled_for and not after the snapshot", invoice.id,
                ExampleTime.onOrAfter(invoice["issued_on"], order?["scheduled_for"])
                    && ExampleTime.onOrAfter(Self.snapshot, invoice["issued_on"]))
            findings.check(
                file, "invoice_number carries the year of issued_on", invoice.id,
                invoice["invoice_number"].map { String($0.dropFirst().prefix(4)) }
                    == invoice["issued_on"].map { String($0.prefix(4)) })
            let paid = payments.filter { $0["order_id"] == invoice["order_id"] }.compactMap {
                ExampleMoney.cents($0["amount_eur"])
            }
            let receivable = receivableByInvoice[invoice["id"] ?? ""]
            let due = receivable == nil ? 0 : ExampleMoney.cents(receivable?["amount_due"])
            let total = ExampleMoney.cents(invoice["total_eur"])
            findings.check(
                file,
                "the order's payments plus the receivable's amount_due make total_eur (a receivable owes more than 0)",
                invoice.id,
                due != nil && total != nil && paid.reduce(0, +) + (due ?? 0) == total
                    && (receivable == nil || (due ?? 0) > 0))
        }
        for receivable in receivables {
            let invoice = invoicesByID[receivable["invoice_id"] ?? ""]
            findings.check(
                "\(jaimy) receivables", "due_on is after the invoice's issued_on and not after the snapshot",
                receivable.id,
                (receivable["due_on"] ?? "") > (invoice?["issued_on"] ?? "~")
                    && ExampleTime.onOrAfter(Self.snapshot, receivable["due_on"]))
        }
        for dispute in try files.sqlite(jaimy, "disputes") {
            findings.check(
                "\(jaimy) disputes", "opened_at is on/after the order's scheduled_for", dispute.id,
                ExampleTime.onOrAfter(dispute["opened_at"], orders[dispute["order_id"] ?? ""]?["scheduled_for"]))
        }
        let customerByEmail = customers.values.indexed { ExampleIdentity.email($0["email"]) }
        let customerByPhone = customers.values.indexed { ExampleIdentity.phone($0["phone"], country: "32") }
        for communication in try files.jsonLines("communications.jsonl") {
            let customer =
                ExampleIdentity.email(communication["customer_email"]).flatMap { customerByEmail[$0] }
                ?? ExampleIdentity.phone(communication["caller_phone"], country: "32").flatMap { customerByPhone[$0] }
            findings.check(
                "communications.jsonl", "started_at is on/after the created_at of the customer who called or wrote",
                communication.id,
                customer != nil && ExampleTime.onOrAfter(communication["started_at"], customer?["created_at"]))
        }
        for mailing in try files.csv("customer_mailings.csv") where mailing["objected_on"] != nil {
            findings.check(
                "customer_mailings.csv", "objected_on is on/after last_sent_at", "email \(mailing["email"] ?? "?")",
                ExampleTime.onOrAfter(mailing["objected_on"], mailing["last_sent_at"]))
        }
        for optin in try files.csv("prospect_optins.csv") where optin["withdrawn_on"] != nil {
            findings.check(
                "prospect_optins.csv", "withdrawn_on is on/after consented_at", "email \(optin["email"] ?? "?")",
                ExampleTime.onOrAfter(optin["withdrawn_on"], optin["consented_at"]))
        }
        let seasons = ["2024-autumn": ("2024-09-01", "2024-11-30"), "2025-spring": ("2025-03-01", "2025-05-31")]
        for survey in try files.csv("surveys.csv") {
            let season = seasons[survey["survey"] ?? ""]
            let day = survey["answered_at"].map { String($0.prefix(10)) } ?? ""
            findings.check(
                "surveys.csv", "answered_at falls in the survey's season",
                "response_id \(survey["response_id"] ?? "?")",
                season.map { $0.0 <= day && day <= $0.1 } == true)
        }
        findings.expectAllHold()
    }

    @Test func alsjelieftRecordsAgree() throws {
        let files = ExampleDataFiles(example: "alsjelieft")
        let findings = InvariantFindings(example: "alsjelieft")
        let shop = "shop.sqlite"
        let accounts = try files.sqlite(shop, "accounts").keyed("id")
        let accountByUsername = accounts.values.indexed { $0["username"] }
        let orders = try files.sqlite(shop, "orders").keyed("id")
        let orderByNumber = orders.values.indexed { $0["order_number"] }
        /// Whether `moment` falls while `account` exists.
        func whileExists(_ moment: String?, _ account: DataRecord?) -> Bool {
            ExampleTime.onOrAfter(moment, account?["created_at"])
                && (account?["deleted_on"] == nil || ExampleTime.onOrAfter(account?["deleted_on"], moment))
        }

        for order in orders.values.sorted(by: { $0.id < $1.id }) {
            findings.check(
                "\(shop) orders", "ordered_at falls while the account exists (created_at to deleted_on)", order.id,
                whileExists(order["ordered_at"], accounts[order["account_id"] ?? ""]))
            if order["status"] == "in productie" {
                let age = ExampleTime.days(from: order["ordered_at"], to: Self.snapshot)
                findings.check(
                    "\(shop) orders", "an order 'in productie' was placed in the 30 days before the snapshot", order.id,
                    age.map { (0...30).contains($0) } == true)
            }
        }
        for invoice in try files.sqlite(shop, "invoices") {
            let order = orders[invoice["order_id"] ?? ""]
            findings.check(
                "\(shop) invoices", "paid_on is empty exactly when the order is 'geannuleerd', and on/after issued_on",
                invoice.id,
                order != nil && (invoice["paid_on"] == nil) == (order?["status"] == "geannuleerd")
                    && (invoice["paid_on"] == nil || ExampleTime.onOrAfter(invoice["paid_on"], invoice["issued_on"])))
        }
        for quote in try files.sqlite(shop, "quotes") {
            let file = "\(shop) quotes"
            if let account = quote["account_id"] {
                findings.check(
                    file, "requested_at is on/after the account's created_at", quote.id,
                    ExampleTime.onOrAfter(quote["requested_at"], accounts[account]?["created_at"]))
            }
            findings.check(
                file, "last_contact_on is on/after requested_at and not after the snapshot", quote.id,
                ExampleTime.onOrAfter(quote["last_contact_on"], quote["requested_at"])
                    && ExampleTime.onOrAfter(Self.snapshot, quote["last_contact_on"]))
            let age = ExampleTime.days(from: quote["requested_at"], to: Self.snapshot) ?? -1
            if quote["status"] == "verstuurd" {
                findings.check(
                    file, "a quote 'verstuurd' (still valid) is at most 30 days old", quote.id, (0...30).contains(age))
            }
            if quote["status"] == "verlopen" {
                findings.check(file, "a quote 'verlopen' (expired) is more than 30 days old", quote.id, age > 30)
            }
        }
        for (line, entry) in try files.jsonLines("security_log.jsonl").enumerated() {
            guard let account = accountByUsername[entry["username"] ?? ""] else { continue }  // attacks
            findings.check(
                "security_log.jsonl", "at falls while the account exists (created_at to deleted_on)",
                "line \(line + 1)",
                whileExists(entry["at"], account))
        }
        for mail in try files.jsonLines("service_mails.jsonl") {
            let order = orderByNumber[mail["order_number"] ?? ""]
            let record = "message_id \(mail["message_id"] ?? "?")"
            findings.check(
                "service_mails.jsonl", "sent_at is on/after the order's ordered_at and not after the snapshot", record,
                ExampleTime.onOrAfter(mail["sent_at"], order?["ordered_at"])
                    && ExampleTime.onOrAfter(Self.snapshot, mail["sent_at"]))
            if mail["template"] == "verzonden" {
                findings.check(
                    "service_mails.jsonl", "a 'verzonden' (shipped) mail is only for an order 'geleverd'", record,
                    order?["status"] == "geleverd")
            }
        }
        let accountByEmail = accounts.values.indexed { ExampleIdentity.email($0["email"]) }
        let accountByPhone = accounts.values.indexed { ExampleIdentity.phone($0["phone"], country: "31") }
        for contact in try files.jsonLines("contact.jsonl") {
            let account =
                ExampleIdentity.email(contact["from_email"]).flatMap { accountByEmail[$0] }
                ?? ExampleIdentity.phone(contact["phone"], country: "31").flatMap { accountByPhone[$0] }
            findings.check(
                "contact.jsonl", "at is on/after the created_at of the account holder who got in touch", contact.id,
                account != nil && ExampleTime.onOrAfter(contact["at"], account?["created_at"]))
        }
        for project in try files.json("portfolio.json") {
            findings.check(
                "portfolio.json", "published_on is on/after the account's created_at",
                "project_id \(project["project_id"] ?? "?")",
                ExampleTime.onOrAfter(project["published_on"], accounts[project["account_id"] ?? ""]?["created_at"]))
        }
        for subscription in try files.csv("newsletter.csv") {
            findings.check(
                "newsletter.csv", "subscribed_at ≤ confirmed_at ≤ unsubscribed_on (when unsubscribed)",
                "email \(subscription["email"] ?? "?")",
                ExampleTime.onOrAfter(subscription["confirmed_at"], subscription["subscribed_at"])
                    && (subscription["unsubscribed_on"] == nil
                        || ExampleTime.onOrAfter(subscription["unsubscribed_on"], subscription["confirmed_at"]))
            )
        }
        for offer in try files.csv("direct_marketing.csv") {
            let record = "email \(offer["email"] ?? "?")"
            if let account = ExampleIdentity.email(offer["email"]).flatMap({ accountByEmail[$0] }) {
                findings.check(
                    "direct_marketing.csv", "sent_at falls while the account exists (created_at to deleted_on)", record,
                    whileExists(offer["sent_at"], account))
            }
            if offer["objected_on"] != nil {
                findings.check(
                    "direct_marketing.csv", "objected_on is on/after sent_at", record,
                    ExampleTime.onOrAfter(offer["objected_on"], offer["sent_at"]))
            }
        }
        findings.expectAllHold()
    }

    @Test func jetstaxRecordsAgree() throws {
        let files = ExampleDataFiles(example: "jetstax")
        let findings = InvariantFindings(example: "jetstax")
        let platform = "platform.sqlite"
        let customers = try files.sqlite(platform, "customers").keyed("id")
        let customerByNumber = customers.values.indexed { $0["customer_number"] }
        let accounts = try files.sqlite(platform, "accounts").keyed("id")
        let accountByUsername = accounts.values.indexed { $0["username"] }
        let services = try files.sqlite(platform, "services")

        var firstStart: [String: String] = [:]
        for service in services {
            let customer = service["customer_id"] ?? ""
            if let start = service["started_on"], start < firstStart[customer] ?? "~" { firstStart[customer] = start }
            findings.check(
                "\(platform) services",
                "started_on is on/after the customer's created_at; ended_on (if any) after it, not after the snapshot",
                service.id,
                ExampleTime.onOrAfter(service["started_on"], customers[customer]?["created_at"])
                    && (service["ended_on"] == nil
                        || ExampleTime.onOrAfter(service["ended_on"], service["started_on"])
                            && ExampleTime.onOrAfter(Self.snapshot, service["ended_on"]))
            )
        }
        for account in accounts.values.sorted(by: { $0.id < $1.id }) {
            findings.check(
                "\(platform) accounts", "created_at is on/after the customer's created_at, last_login_at after that",
                account.id,
                ExampleTime.onOrAfter(account["created_at"], customers[account["customer_id"] ?? ""]?["created_at"])
                    && ExampleTime.onOrAfter(account["last_login_at"], account["created_at"]))
        }
        for invoice in try files.sqlite(platform, "invoices") {
            let file = "\(platform) invoices"
            let customer = invoice["customer_id"] ?? ""
            findings.check(
                file, "issued_on is on/after the customer's created_at and the customer's first service's started_on",
                invoice.id,
                ExampleTime.onOrAfter(invoice["issued_on"], customers[customer]?["created_at"])
                    && ExampleTime.onOrAfter(invoice["issued_on"], firstStart[customer]))
            findings.check(
                file, "invoice_number carries the year of issued_on", invoice.id,
                invoice["invoice_number"].map { String($0.dropFirst(2).prefix(4)) }
                    == invoice["issued_on"].map { String($0.prefix(4)) })
            if invoice["paid_on"] != nil {
                findings.check(
                    file, "paid_on is on/after issued_on and not after the snapshot", invoice.id,
                    ExampleTime.onOrAfter(invoice["paid_on"], invoice["issued_on"])
                        && ExampleTime.onOrAfter(Self.snapshot, invoice["paid_on"]))
            } else {
                findings.check(
                    file, "an unpaid invoice has no paid_from_iban", invoice.id, invoice["paid_from_iban"] == nil)
            }
        }
        for ticket in try files.jsonLines("tickets.jsonl") {
            guard let number = ticket["customer_number"] else { continue }
            findings.check(
                "tickets.jsonl", "opened_at is on/after the customer's created_at", ticket.id,
                ExampleTime.onOrAfter(ticket["opened_at"], customerByNumber[number]?["created_at"]))
        }
        for answer in try files.jsonLines("feedback.jsonl") {
            findings.check(
                "feedback.jsonl", "answered_at is on/after the customer's created_at", answer.id,
                ExampleTime.onOrAfter(
                    answer["answered_at"], customerByNumber[answer["customer_number"] ?? ""]?["created_at"]))
        }
        for (line, entry) in try files.csv("access_log.csv").enumerated() {
            let account = accountByUsername[entry["username"] ?? ""]
            findings.check(
                "access_log.csv",
                "timestamp is on/after the account's created_at, and a login is not after its last_login_at",
                "line \(line + 2)",
                ExampleTime.onOrAfter(entry["timestamp"], account?["created_at"])
                    && (entry["action"] != "login"
                        || ExampleTime.onOrAfter(account?["last_login_at"], entry["timestamp"]))
            )
        }
        let customerByEmail = customers.values.indexed { ExampleIdentity.email($0["email"]) }
        for mailing in try files.csv("direct_marketing.csv") {
            let customer = ExampleIdentity.email(mailing["email"]).flatMap { customerByEmail[$0] }
            let record = "email \(mailing["email"] ?? "?")"
            findings.check(
                "direct_marketing.csv", "sent_at is on/after the customer's created_at", record,
                ExampleTime.onOrAfter(mailing["sent_at"], customer?["created_at"]))
            findings.check(
                "direct_marketing.csv", "opted_out_on is given exactly when the customer's marketing_opt_out is 1",
                record, customer != nil && (mailing["opted_out_on"] != nil) == (customer?["marketing_opt_out"] == "1"))
            if mailing["opted_out_on"] != nil {
                findings.check(
                    "direct_marketing.csv", "opted_out_on is on/after sent_at", record,
                    ExampleTime.onOrAfter(mailing["opted_out_on"], mailing["sent_at"]))
            }
        }
        for request in try files.csv("info_requests.csv") {
            guard let customer = ExampleIdentity.email(request["email"]).flatMap({ customerByEmail[$0] }) else {
                continue
            }
            findings.check(
                "info_requests.csv", "a customer's pre-contract request is on/before the customer's created_at",
                "email \(request["email"] ?? "?")",
                ExampleTime.onOrAfter(customer["created_at"], request["requested_at"]))
        }
        findings.expectAllHold()
    }

    @Test func jsmRecordsAgree() throws {
        let files = ExampleDataFiles(example: "jsm")
        let findings = InvariantFindings(example: "jsm")
        let crm = "crm.sqlite"
        let customers = try files.sqlite(crm, "customers").keyed("id")
        let contracts = try files.sqlite(crm, "contracts").keyed("id")

        for contract in contracts.values.sorted(by: { $0.id < $1.id }) {
            findings.check(
                "\(crm) contracts",
                "start_date is on/after the customer's created_at; end_date, after it, exactly when 'beëindigd'",
                contract.id,
                ExampleTime.onOrAfter(contract["start_date"], customers[contract["customer_id"] ?? ""]?["created_at"])
                    && (contract["end_date"] != nil) == (contract["status"] == "beëindigd")
                    && (contract["end_date"] == nil
                        || ExampleTime.onOrAfter(contract["end_date"], contract["start_date"]))
            )
            findings.check(
                "\(crm) contracts", "contract_number carries the year of start_date", contract.id,
                contract["contract_number"].map { String($0.dropFirst().prefix(4)) }
                    == contract["start_date"].map { String($0.prefix(4)) })
        }
        var billed: [String: Int] = [:]
        for invoice in try files.sqlite(crm, "invoices") {
            let file = "\(crm) invoices"
            let contract = contracts[invoice["contract_id"] ?? ""]
            let period = invoice["billing_period"] ?? ""
            let periodStart = "\(period)-01"
            billed["contract \(invoice["contract_id"] ?? "?") period \(period)", default: 0] += 1
            let first = String((contract?["start_date"] ?? "~").prefix(7))
            let last = String((contract?["end_date"] ?? Self.snapshot).prefix(7))
            findings.check(
                file, "billing_period is a month from the contract's start_date to its end_date (or the snapshot)",
                invoice.id, period.count == 7 && first <= period && period <= last)
            findings.check(
                file, "due_on is on/after the first day of billing_period", invoice.id,
                ExampleTime.onOrAfter(invoice["due_on"], periodStart))
            if invoice["paid_on"] != nil {
                findings.check(
                    file, "paid_on is on/after the first day of billing_period and not after the snapshot", invoice.id,
                    ExampleTime.onOrAfter(invoice["paid_on"], periodStart)
                        && ExampleTime.onOrAfter(Self.snapshot, invoice["paid_on"]))
            }
            let amount = ExampleMoney.cents(invoice["amount_eur"])
            let fee = ExampleMoney.cents(contract?["monthly_fee_eur"])
            findings.check(
                file, "amount_eur is at least the contract's monthly_fee_eur", invoice.id,
                amount != nil && fee != nil && amount! >= fee!)
            findings.check(
                file, "mandate_reference is given exactly when payment_method is 'domiciliëring'", invoice.id,
                (invoice["mandate_reference"] != nil) == (invoice["payment_method"] == "domiciliëring"))
        }
        for (key, count) in billed.sorted(by: { $0.key < $1.key }) {
            findings.check("\(crm) invoices", "a contract is billed once per billing_period", key, count == 1)
        }
        for check in try files.sqlite(crm, "credit_checks") {
            let file = "\(crm) credit_checks"
            let customer = customers[check["customer_id"] ?? ""]
            findings.check(
                file, "checked_at is on/after the customer's created_at", check.id,
                ExampleTime.onOrAfter(check["checked_at"], customer?["created_at"]))
            if check["requested_for"] == "nieuwe klant" {
                findings.check(
                    file, "a check for a new customer ('nieuwe klant') is within 30 days of the customer's created_at",
                    check.id,
                    ExampleTime.days(from: customer?["created_at"], to: check["checked_at"]).map { $0 <= 30 } == true)
            }
            if check["requested_for"] == "nieuw contract" {
                let starts = contracts.values.filter { $0["customer_id"] == check["customer_id"] }.map {
                    $0["start_date"]
                }
                findings.check(
                    file, "a check for a new contract ('nieuw contract') is in the 30 days up to one of its start_date",
                    check.id,
                    starts.contains {
                        ExampleTime.days(from: check["checked_at"], to: $0).map { (0...30).contains($0) } == true
                    })
            }
        }
        let customerByEmail = customers.values.indexed { ExampleIdentity.email($0["email"]) }
        let customerByPhone = customers.values.indexed { ExampleIdentity.phone($0["phone"], country: "32") }
        var latestActivity: [String: String] = [:]
        func saw(_ customer: String?, at moment: String?) {
            guard let customer, let moment else { return }
            if ExampleTime.onOrAfter(moment, latestActivity[customer] ?? "0000-01-01") {
                latestActivity[customer] = moment
            }
        }
        for contact in try files.jsonLines("support_contacts.jsonl") {
            let customer =
                ExampleIdentity.email(contact["email"]).flatMap { customerByEmail[$0] }
                ?? ExampleIdentity.phone(contact["phone"], country: "32").flatMap { customerByPhone[$0] }
            findings.check(
                "support_contacts.jsonl", "at is on/after the created_at of the customer who got in touch", contact.id,
                customer != nil && ExampleTime.onOrAfter(contact["at"], customer?["created_at"]))
            saw(customer?["id"], at: contact["at"])
        }
        var lastVisit: [String: String] = [:]
        for visit in try files.jsonLines("website_visits.jsonl") {
            saw(visit["customer_id"], at: visit["at"])
            if let visitor = visit["visitor_id"], let moment = visit["at"],
                ExampleTime.onOrAfter(moment, lastVisit[visitor] ?? "0000-01-01")
            {
                lastVisit[visitor] = moment
            }
        }
        for (customer, moment) in latestActivity.sorted(by: { $0.key < $1.key }) {
            findings.check(
                "\(crm) customers", "last_activity_at is on/after the customer's support contacts and logged-in visits",
                "id \(customer)", ExampleTime.onOrAfter(customers[customer]?["last_activity_at"], moment))
        }
        for profile in try files.jsonLines("interest_profiles.jsonl") {
            findings.check(
                "interest_profiles.jsonl", "updated_at is on/after the visitor's last visit",
                "visitor_id \(profile["visitor_id"] ?? "?")",
                ExampleTime.onOrAfter(profile["updated_at"], lastVisit[profile["visitor_id"] ?? ""]))
        }
        for subscriber in try files.csv("newsletter_customers.csv") {
            let record = "email \(subscriber["email"] ?? "?")"
            let customer = ExampleIdentity.email(subscriber["email"]).flatMap { customerByEmail[$0] }
            findings.check(
                "newsletter_customers.csv", "subscribed_at is on/after the customer's created_at", record,
                ExampleTime.onOrAfter(subscriber["subscribed_at"], customer?["created_at"]))
            let opens = Int(subscriber["opens_90_days"] ?? "")
            let clicks = Int(subscriber["clicks_90_days"] ?? "")
            findings.check(
                "newsletter_customers.csv", "clicks_90_days is at most opens_90_days", record,
                opens != nil && clicks != nil && clicks! <= opens!)
        }
        findings.expectAllHold()
    }
}

/// One record of an example file: column or key → value as text; a NULL, JSON `null` or empty CSV
/// field is absent.
private typealias DataRecord = [String: String]

extension Dictionary where Key == String, Value == String {
    /// `id <value>` (or `?`), to name the record in a finding.
    fileprivate var id: String { "id \(self["id"] ?? "?")" }
}

extension Sequence where Element == [String: String] {
    /// The records by the value of `field` (the last one wins; records without it are left out).
    fileprivate func keyed(_ field: String) -> [String: DataRecord] {
        indexed { $0[field] }
    }

    /// The records by `key(record)` (the last one wins; records for which it is `nil` are left out).
    fileprivate func indexed(_ key: (DataRecord) -> String?) -> [String: DataRecord] {
        var index: [String: DataRecord] = [:]
        for record in self {
            if let value = key(record) { index[value] = record }
        }
        return index
    }
}

/// Reads the files of `Examples/<example>/` as records.
private struct ExampleDataFiles {
    let example: String

    private func url(_ file: String) -> URL {
        Fixtures.examples.appendingPathComponent(example).appendingPathComponent(file)
    }

    /// Every row of `table` in the SQLite database `file`.
    func sqlite(_ file: String, _ table: String) throws -> [DataRecord] {
        var options = GRDB.Configuration()
        options.readonly = true
        let queue = try DatabaseQueue(path: url(file).path, configuration: options)
        let records: [DataRecord] = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid").map { row -> DataRecord in
                var record: DataRecord = [:]
                for (column, value) in row {
                    switch value.storage {
                    case .null, .blob: break
                    case .int64(let number): record[column] = String(number)
                    case .double(let number): record[column] = String(number)
                    case .string(let text): record[column] = text
                    }
                }
                return record
            }
        }
        #expect(!records.isEmpty, "Examples/\(example)/\(file) has no row in \(table)")
        return records
    }

    /// Every record of the CSV file `file`, by its header.
    func csv(_ file: String) throws -> [DataRecord] {
        let reader = try CSVReader(path: url(file).path)
        let header = try #require(try reader.next()?.fields, "Examples/\(example)/\(file) has no header")
        var records: [DataRecord] = []
        while let line = try reader.next() {
            var record: DataRecord = [:]
            for (name, value) in zip(header, line.fields) where !value.isEmpty { record[name] = value }
            records.append(record)
        }
        #expect(!records.isEmpty, "Examples/\(example)/\(file) has no record")
        return records
    }

    /// Every object of the JSON Lines file `file`.
    func jsonLines(_ file: String) throws -> [DataRecord] {
        let data = try Data(contentsOf: url(file))
        let records = try data.split(separator: UInt8(ascii: "\n")).map {
            try Self.record(JSONSerialization.jsonObject(with: Data($0)))
        }
        #expect(!records.isEmpty, "Examples/\(example)/\(file) has no record")
        return records
    }

    /// Every object of the JSON file `file`, an array.
    func json(_ file: String) throws -> [DataRecord] {
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: url(file))) as? [Any],
            "Examples/\(example)/\(file) is not an array")
        let records = array.map(Self.record)
        #expect(!records.isEmpty, "Examples/\(example)/\(file) has no record")
        return records
    }

    private static func record(_ object: Any) -> DataRecord {
        var record: DataRecord = [:]
        for (key, value) in object as? [String: Any] ?? [:] {
            if let text = value as? String {
                record[key] = text
            } else if let number = value as? Int {
                record[key] = String(number)
            } else if let number = value as? Double {
                record[key] = String(number)
            }
        }
        return record
    }
}

/// Days and moments as the examples write them: `2024-03-05`, `2024-03-05 14:22:09` (SQLite) or
/// `2024-03-05T14:22:09Z` (ISO 8601, UTC). All are in UTC, so they compare as text once written alike.
private enum ExampleTime {
    /// `text` with `T` as a space and without the `Z`.
    static func normalized(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "T", with: " ")
        if text.hasSuffix("Z") { text.removeLast() }
        return text
    }

    /// Whether `later` is on or after `earlier` (by day when either is a day); `false` when either is
    /// missing or not a day or moment.
    static func onOrAfter(_ later: String?, _ earlier: String?) -> Bool {
        guard let later, let earlier, dayNumber(later) != nil, dayNumber(earlier) != nil else { return false }
        let (a, b) = (normalized(later), normalized(earlier))
        if a.count == 10 || b.count == 10 { return a.prefix(10) >= b.prefix(10) }
        return a >= b
    }

    /// The number of days from the day of `start` to the day of `end`.
    static func days(from start: String?, to end: String?) -> Int? {
        guard let start = start.flatMap(dayNumber), let end = end.flatMap(dayNumber) else { return nil }
        return end - start
    }

    /// Whether the day of `moment` is one of the 365 days up to and including the day `day`.
    static func isInYear(before day: String?, _ moment: String?) -> Bool {
        days(from: moment, to: day).map { (0..<365).contains($0) } == true
    }

    /// Days since 1970-01-01 of the day `text` starts with (a proleptic Gregorian calendar), or `nil`.
    static func dayNumber(_ text: String) -> Int? {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count >= 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}

/// Amounts in whole cents, so that sums compare exactly.
private enum ExampleMoney {
    static func cents(_ text: String?) -> Int? {
        text.flatMap(Double.init).map { Int(($0 * 100).rounded()) }
    }
}

/// How the examples' files name a person: e-mail addresses typed with other case and spaces, phone
/// numbers typed nationally or internationally, with spaces, dots, dashes, slashes or `(0)`.
private enum ExampleIdentity {
    static func email(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The national number without trunk zero (`+45 20 12 34 56`, `0045 20123456` → `20123456`).
    static func phone(_ text: String?, country: String) -> String? {
        guard let text else { return nil }
        var digits = text.filter(\.isASCII).filter(\.isNumber)
        if digits.hasPrefix("00") { digits.removeFirst(2) }
        if digits.hasPrefix(country) && digits.count - country.count >= 8 { digits.removeFirst(country.count) }
        while digits.hasPrefix("0") { digits.removeFirst() }
        return digits.isEmpty ? nil : digits
    }
}

/// The rules checked on one example's files, and the records that break each.
private final class InvariantFindings {
    private let example: String
    private var rules: [String] = []
    private var checked: [String: Int] = [:]
    private var broken: [String: [String]] = [:]

    init(example: String) {
        self.example = example
    }

    /// Checks `rule`, stated of the records of `file`, on the record `record`.
    func check(_ file: String, _ rule: String, _ record: @autoclosure () -> String, _ holds: Bool) {
        let key = "\(file): \(rule)"
        if checked[key] == nil { rules.append(key) }
        checked[key, default: 0] += 1
        if !holds { broken[key, default: []].append(record()) }
    }

    /// Expects every rule checked to hold for every record it was checked on; a failure names the
    /// file, the rule, how many records break it and the first five.
    func expectAllHold(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!rules.isEmpty, "no rule was checked on Examples/\(example)", sourceLocation: sourceLocation)
        for key in rules {
            let records = broken[key] ?? []
            #expect(
                records.isEmpty,
                """
                Examples/\(example)/\(key) — broken by \(records.count) of \(checked[key] ?? 0) records, \
                e.g. \(records.prefix(5).joined(separator: "; "))
                """,
                sourceLocation: sourceLocation)
        }
    }
}
