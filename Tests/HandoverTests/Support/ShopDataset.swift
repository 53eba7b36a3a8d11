import Foundation
import GRDB
import Testing

/// A small random web shop spread over four sources, and one data subject to export from it.
///
/// Built from a seed alone, so that a failing case can be rebuilt exactly. The data is meant to be
/// hard on identity resolution: e-mail addresses that differ by a substring, a domain, case or
/// surrounding whitespace; one phone number in many spellings, and numbers shared by customers;
/// references to keys of nobody, empty and NULL references, keys that only look alike (`3`, `03`,
/// ` 3`, `3.0`), in columns of every SQLite type affinity; and reference cycles (orders replacing
/// orders, customers referring customers).
///
/// Sources and collections (the configuration is ``configurationYAML(phoneIdentifiesCustomers:)``):
///
/// | source | file | collection | matched by |
/// |---|---|---|---|
/// | shop | shop.sqlite | customers | `email`, `customer_id: id` (and `phone: phone` in one variant); discovers `phone: phone`; `referred_by → referrals.id` |
/// | shop | shop.sqlite | referrals | `referrer_id → customers.id` |
/// | shop | shop.sqlite | orders | `customer_id → customers.id`, `replaces_order_id → orders.id` |
/// | shop | shop.sqlite | order_items | `order_id → orders.id` |
/// | shop | shop.sqlite | payments | `invoice_id → billing/invoices.id` |
/// | billing | invoices.csv | invoices | `customer_id → shop/customers.id` |
/// | support | tickets.jsonl | tickets | `email: customer_email` |
/// | telephony | calls.csv | calls | `phone: caller` |
struct ShopDataset: Sendable, CustomTestStringConvertible {
    /// A value stored in an SQLite column, with its storage class.
    enum Stored: Sendable {
        case integer(Int)
        case real(Double)
        case text(String)

        var databaseValue: DatabaseValue {
            switch self {
            case .integer(let number): number.databaseValue
            case .real(let number): number.databaseValue
            case .text(let text): text.databaseValue
            }
        }
    }

    /// A `customer_email` member of a JSON Lines ticket.
    enum JSONMember: Sendable {
        case missing
        case null
        case number(Int)
        case string(String)
    }

    struct Customer: Sendable {
        var id: Int
        var email: String?
        var phone: String?
        var name: String
        var referredBy: Int?
    }

    struct Referral: Sendable {
        var id: Int
        var referrerID: Int?
    }

    struct Order: Sendable {
        var id: Int
        var customerID: Stored?
        var replacesOrderID: Int?
        var total: String
    }

    struct OrderItem: Sendable {
        var id: Int
        var orderID: Int?
        var sku: String
    }

    struct Payment: Sendable {
        var id: Int
        var invoiceID: Stored?
    }

    struct Invoice: Sendable {
        var id: String
        var customerID: String
        var amount: String
    }

    struct Ticket: Sendable {
        var id: Int
        var customerEmail: JSONMember
        var subject: String
    }

    struct Call: Sendable {
        var id: String
        var caller: String
        var seconds: Int
    }

    /// The seed the dataset was built from.
    let seed: UInt64
    var customers: [Customer] = []
    var referrals: [Referral] = []
    var orders: [Order] = []
    var orderItems: [OrderItem] = []
    var payments: [Payment] = []
    var invoices: [Invoice] = []
    var tickets: [Ticket] = []
    var calls: [Call] = []
    /// The declared SQLite type of `orders.customer_id`: `INTEGER`, `TEXT`, `NUMERIC` or none.
    var customerIDColumnType = "INTEGER"
    /// The declared SQLite type of `payments.invoice_id`.
    var invoiceIDColumnType = "INTEGER"
    /// Whether `customers` is also matched by phone (`identities: {phone: phone}`).
    var phoneIdentifiesCustomers = false
    /// Whether the request is for portability (Art. 20) rather than access (Art. 15).
    var portability = false
    /// The subject's identifiers as the request gives them: identity type and value.
    var request: [(type: String, value: String)] = []

    /// The collections a bundle of this dataset's scope carries.
    var exportedCollections: Set<String> {
        let all: Set = [
            "customers", "referrals", "orders", "order_items", "payments", "invoices", "tickets", "calls",
        ]
        // referrals and calls rest on legitimate interest, outside the portability scope.
        return portability ? all.subtracting(["referrals", "calls"]) : all
    }

    /// The number of records in all collections.
    var recordCount: Int {
        customers.count + referrals.count + orders.count + orderItems.count + payments.count + invoices.count
            + tickets.count + calls.count
    }

    var testDescription: String {
        "dataset seed \(Self.hex(seed)) (\(customers.count) customers, \(orders.count) orders, "
            + "\(orderItems.count) items, \(payments.count) payments, \(referrals.count) referrals, "
            + "\(invoices.count) invoices, "
            + "\(tickets.count) tickets, \(calls.count) calls; request \(request.map { "\($0.type)=\($0.value)" }))"
    }

    static func hex(_ seed: UInt64) -> String { "0x" + String(seed, radix: 16) }

    // MARK: - Building

    /// The mailboxes addresses are drawn from: near-collisions of each other by design.
    static let mailboxes = [
        "bob@x.com", "jimbob@x.com", "bob@x.co", "bo@x.com", "bob@x.com.au", "bob@y.com", "alice@x.com",
    ]
    /// Invoice numbers, text in a CSV file: some read as the same integer, none is the same text.
    static let invoiceNumbers = ["1", "2", "3", "4", "01", "02", "03", " 1", "2 ", "1.0", "1.5", "INV-1"]
    /// The SQLite column types of referring columns: each type affinity, and none.
    static let columnTypes = ["INTEGER", "TEXT", "NUMERIC", "REAL", ""]
    /// Values in e-mail fields that are no address at all.
    static let notEmails = ["", "   ", "bob", "@x.com", "bob@", "bob @x.com", "bob@x .com", "x.com"]
    /// Belgian national significant numbers (without the trunk prefix 0).
    static let belgianNumbers = ["470123456", "470123457", "471987654", "21234567", "470123465"]
    /// Dutch numbers written internationally, all +31612345678.
    static let dutchSpellings = ["+31612345678", "0031 6 1234 5678", "+31 (0)6 12345678"]
    /// Values in phone fields that are no phone number under the BE rule.
    static let notPhones = [
        "", "n/a", "12345", "470123456", "+32 470 12 34 5x", "+32\t470123456", "++32470123456", "0470 12 34 56 ext 2",
    ]

    /// Builds the dataset for `seed`.
    init(seed: UInt64) {
        self.seed = seed
        var rng = SplitMix64(seed: seed)
        let subjectMailbox = Self.mailboxes.randomElement(using: &rng)!
        customerIDColumnType = Self.columnTypes.randomElement(using: &rng)!
        invoiceIDColumnType = Self.columnTypes.randomElement(using: &rng)!
        phoneIdentifiesCustomers = Bool.random(using: &rng)
        portability = Int.random(in: 0..<4, using: &rng) == 0

        let customerCount = Int.random(in: 3...12, using: &rng)
        let referralCount = Int.random(in: 0...5, using: &rng)
        let orderCount = Int.random(in: 2...15, using: &rng)
        let referralIDs = (0..<referralCount).map { 101 + $0 }
        let orderIDs = (0..<orderCount).map { 1001 + $0 }

        func customerID() -> Int? {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: nil
            case 1: [0, 99, -1].randomElement(using: &rng)!
            default: Int.random(in: 1...customerCount, using: &rng)
            }
        }
        func email() -> String? {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: nil
            case 1: Self.notEmails.randomElement(using: &rng)!
            case 2, 3, 4: Self.spell(email: subjectMailbox, using: &rng)
            default: Self.spell(email: Self.mailboxes.randomElement(using: &rng)!, using: &rng)
            }
        }
        func phone() -> String? {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0, 1: nil
            case 2: Self.notPhones.randomElement(using: &rng)!
            case 3: Self.dutchSpellings.randomElement(using: &rng)!
            default: Self.spell(phone: Self.belgianNumbers.randomElement(using: &rng)!, using: &rng)
            }
        }

        customers = (1...customerCount).map { id in
            Customer(
                id: id, email: email(), phone: phone(), name: "Customer \(id)",
                referredBy: Int.random(in: 0..<5, using: &rng) == 0
                    ? (referralIDs + [199]).randomElement(using: &rng) : nil)
        }
        referrals = referralIDs.map { id in
            Referral(id: id, referrerID: Int.random(in: 0..<8, using: &rng) == 0 ? nil : customerID())
        }
        orders = orderIDs.map { id in
            var stored: Stored? = customerID().map { .integer($0) }
            if case .integer(let number) = stored {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0, 1: stored = .text(String(number))
                case 2: stored = .text("0\(number)")
                case 3: stored = .text(" \(number)")
                case 4: stored = .real(Double(number))
                default: break
                }
            }
            return Order(
                id: id, customerID: stored,
                replacesOrderID: Int.random(in: 0..<4, using: &rng) == 0
                    ? (orderIDs + [1999]).randomElement(using: &rng) : nil,
                total: "\(Int.random(in: 1...500, using: &rng)).00")
        }
        orderItems = (0..<Int.random(in: 0...20, using: &rng)).map { index in
            let orderID: Int? =
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: nil
                case 1: 9999
                default: orderIDs.randomElement(using: &rng)!
                }
            return OrderItem(id: 5001 + index, orderID: orderID, sku: "SKU-\(Int.random(in: 1...9, using: &rng))")
        }
        let invoiceNumbers = Self.invoiceNumbers.shuffled(using: &rng).prefix(Int.random(in: 0...10, using: &rng))
        invoices = invoiceNumbers.enumerated().map { index, number in
            let key = customerID().map(String.init) ?? ""
            let spelled =
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: " \(key)"
                case 1: "0\(key)"
                case 2: "\(key).0"
                case 3: "\(key) "
                default: key
                }
            return Invoice(id: number, customerID: spelled, amount: "\(index * 7 + 3).50")
        }
        payments = (0..<Int.random(in: 0...8, using: &rng)).map { index in
            let invoiceID: Stored? =
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: nil
                case 1, 2, 3: .integer(Int.random(in: 1...4, using: &rng))
                case 4: .real([1.0, 2.0, 1.5].randomElement(using: &rng)!)
                default: .text(Self.invoiceNumbers.randomElement(using: &rng)!)
                }
            return Payment(id: 7001 + index, invoiceID: invoiceID)
        }
        tickets = (0..<Int.random(in: 0...12, using: &rng)).map { index in
            let member: JSONMember =
                switch Int.random(in: 0..<20, using: &rng) {
                case 0: .missing
                case 1: .null
                case 2: .number(5)
                default: .string(email() ?? "")
                }
            return Ticket(id: index + 1, customerEmail: member, subject: "Question \(index + 1)")
        }
        calls = (0..<Int.random(in: 0...10, using: &rng)).map { index in
            Call(id: "C\(index + 1)", caller: phone() ?? "", seconds: Int.random(in: 5...900, using: &rng))
        }

        request = [("email", Self.spell(email: subjectMailbox, using: &rng))]
        if Int.random(in: 0..<10, using: &rng) < 3 {
            let number = Self.belgianNumbers.randomElement(using: &rng)!
            request.append(("phone", Self.spell(phone: number, using: &rng)))
        }
        if Int.random(in: 0..<10, using: &rng) < 2 {
            // Matched exactly: "05" and " 5" are no customer's id.
            let id = Int.random(in: 1...customerCount, using: &rng)
            request.append(("customer_id", ["\(id)", "\(id)", "0\(id)", " \(id)"].randomElement(using: &rng)!))
        }
    }

    /// `mailbox` as someone might have typed it: random case, surrounding blanks, a trailing dot on
    /// the domain. Every spelling is the same address under the e-mail rule.
    static func spell(email mailbox: String, using rng: inout some RandomNumberGenerator) -> String {
        var text = String(
            mailbox.map { character in
                Int.random(in: 0..<4, using: &rng) == 0 ? Character(character.uppercased()) : character
            })
        if Int.random(in: 0..<6, using: &rng) == 0 { text += "." }
        let blanks = ["", "", "", " ", "  ", "\t"]
        return blanks.randomElement(using: &rng)! + text + blanks.randomElement(using: &rng)!
    }

    /// The Belgian `number` (national significant number) in one of the spellings people use.
    static func spell(phone number: String, using rng: inout some RandomNumberGenerator) -> String {
        let grouped = group(number, separator: " ")
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: return "+32" + number
        case 1: return "+32 " + grouped
        case 2: return "0" + group(number, separator: ".").replacingFirstSeparator(with: "/")
        case 3: return "0032" + number
        case 4: return "+32 (0)" + grouped
        case 5: return "0" + group(number, separator: "-")
        case 6: return "(0" + group(number, separator: " ").replacingFirstSeparator(with: ") ")
        case 7: return " +32" + number + " "
        default: return "0" + grouped
        }
    }

    /// `number` split as written in Belgium: the area or mobile prefix, then pairs.
    private static func group(_ number: String, separator: String) -> String {
        let head = number.count == 9 ? 3 : 1
        var parts = [String(number.prefix(head))]
        var rest = Substring(number.dropFirst(head))
        while !rest.isEmpty {
            parts.append(String(rest.prefix(2)))
            rest = rest.dropFirst(2)
        }
        return parts.joined(separator: separator)
    }

    // MARK: - Writing

    /// Writes the data files into `directory`, replacing earlier ones.
    func write(to directory: URL) throws {
        let database = directory.appendingPathComponent("shop.sqlite")
        try? FileManager.default.removeItem(at: database)
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, phone TEXT, name TEXT, referred_by INTEGER);
                    CREATE TABLE referrals (id INTEGER PRIMARY KEY, referrer_id INTEGER);
                    CREATE TABLE orders (
                        id INTEGER PRIMARY KEY, customer_id \(customerIDColumnType), replaces_order_id INTEGER, total TEXT);
                    CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER, sku TEXT);
                    CREATE TABLE payments (id INTEGER PRIMARY KEY, invoice_id \(invoiceIDColumnType));
                    """)
            for customer in customers {
                try db.execute(
                    sql: "INSERT INTO customers VALUES (?, ?, ?, ?, ?)",
                    arguments: [customer.id, customer.email, customer.phone, customer.name, customer.referredBy])
            }
            for referral in referrals {
                try db.execute(
                    sql: "INSERT INTO referrals VALUES (?, ?)", arguments: [referral.id, referral.referrerID])
            }
            for order in orders {
                try db.execute(
                    sql: "INSERT INTO orders VALUES (?, ?, ?, ?)",
                    arguments: [
                        order.id, order.customerID?.databaseValue ?? .null, order.replacesOrderID, order.total,
                    ])
            }
            for item in orderItems {
                try db.execute(
                    sql: "INSERT INTO order_items VALUES (?, ?, ?)", arguments: [item.id, item.orderID, item.sku])
            }
            for payment in payments {
                try db.execute(
                    sql: "INSERT INTO payments VALUES (?, ?)",
                    arguments: [payment.id, payment.invoiceID?.databaseValue ?? .null])
            }
        }
        try queue.close()

        try Self.csv(
            [["id", "customer_id", "amount"]] + invoices.map { [$0.id, $0.customerID, $0.amount] }
        ).write(to: directory.appendingPathComponent("invoices.csv"), atomically: false, encoding: .utf8)
        try Self.csv(
            [["id", "caller", "seconds"]] + calls.map { [$0.id, $0.caller, String($0.seconds)] }
        ).write(to: directory.appendingPathComponent("calls.csv"), atomically: false, encoding: .utf8)
        let lines = tickets.map { ticket in
            var members = [#""id": \#(ticket.id)"#]
            switch ticket.customerEmail {
            case .missing: break
            case .null: members.append(#""customer_email": null"#)
            case .number(let number): members.append(#""customer_email": \#(number)"#)
            case .string(let text): members.append(#""customer_email": \#(Self.jsonString(text))"#)
            }
            members.append(#""subject": \#(Self.jsonString(ticket.subject))"#)
            return "{" + members.joined(separator: ", ") + "}\n"
        }
        try lines.joined().write(
            to: directory.appendingPathComponent("tickets.jsonl"), atomically: false, encoding: .utf8)
    }

    /// RFC 4180 text with every field quoted.
    private static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\r\n"
        }.joined()
    }

    /// `text` as a JSON string literal (the data holds ASCII only).
    private static func jsonString(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\t": output += "\\t"
            case "\n": output += "\\n"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// The configuration of every dataset, with `customers` also matched by phone or not.
    static func configurationYAML(phoneIdentifiesCustomers: Bool) -> String {
        let described = "{ category: user.unique_id, provenance: observed }"
        return Fixtures.configurationHeader + """
            identity_types:
              email: email
              phone: { normalize: phone, default_country: BE }
              customer_id: exact
            discovery: { max_per_type: 1000 }
            sources:
              - id: shop
                kind: sqlite
                path: shop.sqlite
                collections:
                  - name: customers
                    identities:
                      email: email
                      customer_id: id\(phoneIdentifiesCustomers ? "\n          phone: phone" : "")
                    discovers: { phone: phone }
                    references: [{ field: referred_by, to: referrals.id }]
                    purposes: [essential.service]
                    legal_basis: contract
                    retention: Deleted 2 years after the last order.
                    fields:
                      id: \(described)
                      email: { category: user.contact.email, provenance: provided }
                      phone: { category: user.contact.phone_number, provenance: provided }
                      name: { category: user.name, provenance: provided }
                      referred_by: \(described)
                  - name: referrals
                    references: [{ field: referrer_id, to: customers.id }]
                    purposes: [marketing.advertising]
                    legal_basis: { basis: legitimate_interest, interest: Keeping the shop's records consistent }
                    retention: Deleted after a year.
                    fields:
                      id: \(described)
                      referrer_id: \(described)
                  - name: orders
                    references:
                      - { field: customer_id, to: customers.id }
                      - { field: replaces_order_id, to: orders.id }
                    purposes: [essential.service]
                    legal_basis: contract
                    retention: Kept 7 years.
                    fields:
                      id: \(described)
                      customer_id: \(described)
                      replaces_order_id: \(described)
                      total: { category: user.behavior.purchase_history, provenance: observed }
                  - name: order_items
                    references: [{ field: order_id, to: orders.id }]
                    purposes: [essential.service]
                    legal_basis: contract
                    retention: Kept 7 years.
                    fields:
                      id: \(described)
                      order_id: \(described)
                      sku: { category: user.behavior.purchase_history, provenance: observed }
                  - name: payments
                    references: [{ field: invoice_id, to: billing/invoices.id }]
                    purposes: [essential.service.payment_processing]
                    legal_basis: contract
                    retention: Kept 7 years.
                    fields:
                      id: \(described)
                      invoice_id: \(described)
              - id: billing
                kind: csv
                path: invoices.csv
                collections:
                  - name: invoices
                    references: [{ field: customer_id, to: shop/customers.id }]
                    purposes: [essential.service.payment_processing]
                    legal_basis: contract
                    retention: Kept 7 years.
                    fields:
                      id: \(described)
                      customer_id: \(described)
                      amount: { category: user.financial, provenance: observed }
              - id: support
                kind: jsonl
                path: tickets.jsonl
                collections:
                  - name: tickets
                    identities: { email: customer_email }
                    purposes: [essential.service.operations.support]
                    legal_basis: contract
                    retention: Kept 2 years.
                    fields:
                      id: \(described)
                      customer_email: { category: user.contact.email, provenance: provided }
                      subject: { category: user.content.private, provenance: provided }
              - id: telephony
                kind: csv
                path: calls.csv
                collections:
                  - name: calls
                    identities: { phone: caller }
                    purposes: [essential.service.operations.support]
                    legal_basis: { basis: legitimate_interest, interest: Keeping the shop's records consistent }
                    retention: Kept 3 months.
                    fields:
                      id: \(described)
                      caller: { category: user.contact.phone_number, provenance: observed }
                      seconds: { category: user.behavior, provenance: observed }

            """
    }
}

extension String {
    /// The string with its first `.` or space replaced by `separator`.
    fileprivate func replacingFirstSeparator(with separator: String) -> String {
        guard let index = firstIndex(where: { $0 == "." || $0 == " " }) else { return self }
        return String(self[..<index]) + separator + String(self[index...].dropFirst())
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), so that a dataset is a
/// function of its seed alone.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
