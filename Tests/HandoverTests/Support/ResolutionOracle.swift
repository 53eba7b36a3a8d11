import Foundation

/// The independent oracle of the resolution property tests: which records of a ``ShopDataset`` are
/// the subject's, computed by plain SQL in the `sqlite3` command-line tool, with no Handover code.
/// Tests that use it need the `.requiresSQLite3` trait.
///
/// It reads the very files Handover reads: it attaches `shop.sqlite`, loads `invoices.csv` and
/// `calls.csv` with sqlite3's own CSV importer and splits `tickets.jsonl` with SQLite's JSON
/// functions. The normalisation rules are written again in SQL, for the ASCII data the generator
/// makes; the closure is reachability in a graph, one recursive CTE.
///
/// ## The semantics, as configured
///
/// The nodes are records (`R|collection|id`), identifiers (`I|type|normalised value`) and keys
/// (`K|collection.field|text`). The subject's records are the record nodes reachable from the
/// request's identifiers, where the edges are:
///
/// - identity: `I|email|n → R|c|id` when the record's e-mail field normalises to `n` (the same for
///   `phone`, and `customer_id`, matched exactly);
/// - discovery: `R|customers|id → I|phone|n` when the customer's phone normalises to `n`;
/// - keys held: `R|customers|id → K|customers.id|text of id` (and for referrals, orders and
///   invoices);
/// - reference: `K|customers.id|t → R|orders|id` when the order's `customer_id`, as text, is
///   exactly `t` (no trimming, no number parsing: `03`, ` 3` and `3.0` are not `3`).
///
/// So a phone number shared by two customers makes both customers' phone-matched records (calls,
/// and in the variant where customers are matched by phone, the other customer and everything
/// that refers to them) the subject's: that is what `discovers` and `identities` say, and why
/// discovery has a cap. The scope decides which collections the bundle carries, not who the
/// subject is: referrals link customers even in a portability bundle that leaves them out.
///
/// E-mail rule (for ASCII): trim spaces and tabs, lowercase, drop one trailing `.`; an address
/// needs one `@` with text on both sides and no blank inside. Phone rule (default country BE):
/// trim; for a number starting `+` or `00` drop a `(0)`; drop spaces, `.`, `-`, `/`, `(`, `)`; a
/// leading `+` or `00` starts the country code, else the national number must start with the
/// trunk prefix `0`, replaced by `32`; 8 to 15 digits, not starting with `0`.
enum ResolutionOracle {
    /// The subject's record ids per collection, each with how many times it is the subject's (1).
    static func subjectRecords(of dataset: ShopDataset, in directory: URL) throws -> [String: [String: Int]] {
        let output = try run(script(for: dataset), in: directory)
        var records: [String: [String: Int]] = [:]
        for line in output.split(separator: "\n") where !line.isEmpty {
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw OracleError(message: "unexpected oracle line '\(line)'") }
            records[String(parts[0]), default: [:]][String(parts[1]), default: 0] += 1
        }
        return records
    }

    struct OracleError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The whole oracle as one sqlite3 script.
    static func script(for dataset: ShopDataset) -> String {
        var sql = """
            .bail on
            .mode list
            .separator |
            ATTACH 'shop.sqlite' AS shop;
            CREATE TABLE invoices (id TEXT, customer_id TEXT, amount TEXT);
            .import --csv --skip 1 invoices.csv invoices
            CREATE TABLE calls (id TEXT, caller TEXT, seconds TEXT);
            .import --csv --skip 1 calls.csv calls
            CREATE TABLE tickets AS
              WITH RECURSIVE split(line, rest) AS (
                SELECT NULL, CAST(readfile('tickets.jsonl') AS TEXT)
                UNION ALL
                SELECT substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
                FROM split WHERE rest <> '')
              SELECT json_extract(line, '$.id') AS id, json_extract(line, '$.customer_email') AS customer_email
              FROM split WHERE line IS NOT NULL AND line <> '';

            CREATE TABLE email_raw (raw TEXT PRIMARY KEY);
            INSERT OR IGNORE INTO email_raw SELECT email FROM shop.customers WHERE email IS NOT NULL;
            INSERT OR IGNORE INTO email_raw SELECT customer_email FROM tickets WHERE customer_email IS NOT NULL;
            CREATE TABLE phone_raw (raw TEXT PRIMARY KEY);
            INSERT OR IGNORE INTO phone_raw SELECT phone FROM shop.customers WHERE phone IS NOT NULL;
            INSERT OR IGNORE INTO phone_raw SELECT caller FROM calls;

            """
        for identifier in dataset.request {
            switch identifier.type {
            case "email": sql += "INSERT OR IGNORE INTO email_raw VALUES (\(literal(identifier.value)));\n"
            case "phone": sql += "INSERT OR IGNORE INTO phone_raw VALUES (\(literal(identifier.value)));\n"
            default: break
            }
        }
        sql += """
            CREATE TABLE email_norm AS
              WITH a AS (SELECT raw, lower(trim(raw, ' ' || char(9))) AS t FROM email_raw),
                   b AS (SELECT raw, t, CASE WHEN t LIKE '%.' THEN substr(t, 1, length(t) - 1) ELSE t END AS n FROM a)
              SELECT raw, n FROM b
              WHERE instr(t, ' ') = 0 AND instr(t, char(9)) = 0
                AND instr(n, '@') > 1 AND instr(n, '@') < length(n)
                AND instr(substr(n, instr(n, '@') + 1), '@') = 0;
            CREATE TABLE phone_norm AS
              WITH a AS (SELECT raw, trim(raw, ' ' || char(9)) AS s FROM phone_raw),
                   b AS (SELECT raw, CASE WHEN s LIKE '+%' OR s LIKE '00%' THEN replace(s, '(0)', '') ELSE s END AS s
                         FROM a),
                   c AS (SELECT raw, replace(replace(replace(replace(replace(replace(
                           s, ' ', ''), '.', ''), '-', ''), '/', ''), '(', ''), ')', '') AS d FROM b),
                   d AS (SELECT raw, d LIKE '+%' AS plus, CASE WHEN d LIKE '+%' THEN substr(d, 2) ELSE d END AS digits
                         FROM c),
                   e AS (SELECT raw, digits,
                           CASE WHEN plus THEN digits
                                WHEN digits LIKE '00%' THEN substr(digits, 3)
                                WHEN digits LIKE '0%' THEN '32' || substr(digits, 2) END AS e164
                         FROM d)
              SELECT raw, '+' || e164 AS n FROM e
              WHERE digits <> '' AND digits NOT GLOB '*[^0-9]*' AND length(e164) BETWEEN 8 AND 15
                AND e164 NOT LIKE '0%';

            CREATE TABLE edge (src TEXT, dst TEXT);
            -- identities: identifier -> record
            INSERT INTO edge SELECT 'I|email|' || n.n, 'R|customers|' || c.id
              FROM shop.customers c JOIN email_norm n ON n.raw = c.email;
            INSERT INTO edge SELECT 'I|customer_id|' || CAST(id AS TEXT), 'R|customers|' || id FROM shop.customers;
            INSERT INTO edge SELECT 'I|email|' || n.n, 'R|tickets|' || t.id
              FROM tickets t JOIN email_norm n ON n.raw = t.customer_email;
            INSERT INTO edge SELECT 'I|phone|' || n.n, 'R|calls|' || k.id FROM calls k JOIN phone_norm n ON n.raw = k.caller;

            """
        if dataset.phoneIdentifiesCustomers {
            sql += """
                INSERT INTO edge SELECT 'I|phone|' || n.n, 'R|customers|' || c.id
                  FROM shop.customers c JOIN phone_norm n ON n.raw = c.phone;

                """
        }
        sql += """
            -- discovery: record -> identifier
            INSERT INTO edge SELECT 'R|customers|' || c.id, 'I|phone|' || n.n
              FROM shop.customers c JOIN phone_norm n ON n.raw = c.phone;
            -- keys held: record -> key
            INSERT INTO edge SELECT 'R|customers|' || id, 'K|customers.id|' || CAST(id AS TEXT) FROM shop.customers;
            INSERT INTO edge SELECT 'R|referrals|' || id, 'K|referrals.id|' || CAST(id AS TEXT) FROM shop.referrals;
            INSERT INTO edge SELECT 'R|orders|' || id, 'K|orders.id|' || CAST(id AS TEXT) FROM shop.orders;
            INSERT INTO edge SELECT 'R|invoices|' || id, 'K|invoices.id|' || id FROM invoices;
            -- references: key -> record, comparing text exactly
            INSERT INTO edge SELECT 'K|referrals.id|' || CAST(referred_by AS TEXT), 'R|customers|' || id
              FROM shop.customers WHERE referred_by IS NOT NULL;
            INSERT INTO edge SELECT 'K|customers.id|' || CAST(referrer_id AS TEXT), 'R|referrals|' || id
              FROM shop.referrals WHERE referrer_id IS NOT NULL;
            INSERT INTO edge SELECT 'K|customers.id|' || CAST(customer_id AS TEXT), 'R|orders|' || id
              FROM shop.orders WHERE customer_id IS NOT NULL;
            INSERT INTO edge SELECT 'K|orders.id|' || CAST(replaces_order_id AS TEXT), 'R|orders|' || id
              FROM shop.orders WHERE replaces_order_id IS NOT NULL;
            INSERT INTO edge SELECT 'K|orders.id|' || CAST(order_id AS TEXT), 'R|order_items|' || id
              FROM shop.order_items WHERE order_id IS NOT NULL;
            INSERT INTO edge SELECT 'K|customers.id|' || customer_id, 'R|invoices|' || id FROM invoices;
            INSERT INTO edge SELECT 'K|invoices.id|' || CAST(invoice_id AS TEXT), 'R|payments|' || id
              FROM shop.payments WHERE invoice_id IS NOT NULL;
            CREATE INDEX edge_src ON edge (src);

            CREATE TABLE seed (node TEXT);

            """
        for identifier in dataset.request {
            let value = literal(identifier.value)
            switch identifier.type {
            case "email": sql += "INSERT INTO seed SELECT 'I|email|' || n FROM email_norm WHERE raw = \(value);\n"
            case "phone": sql += "INSERT INTO seed SELECT 'I|phone|' || n FROM phone_norm WHERE raw = \(value);\n"
            default: sql += "INSERT INTO seed VALUES ('I|\(identifier.type)|' || \(value));\n"
            }
        }
        sql += """
            WITH RECURSIVE reach(node) AS (
              SELECT node FROM seed
              UNION
              SELECT edge.dst FROM edge JOIN reach ON edge.src = reach.node)
            SELECT substr(node, 3) FROM reach WHERE node LIKE 'R|%';

            """
        return sql
    }

    /// `text` as an SQL string literal.
    private static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Runs `script` with `sqlite3` in `directory` and returns what it prints.
    private static func run(_ script: String, in directory: URL) throws -> String {
        let scriptFile = directory.appendingPathComponent("oracle.sql")
        try script.write(to: scriptFile, atomically: false, encoding: .utf8)
        guard let sqlite3 = Fixtures.sqlite3 else {
            throw OracleError(message: "sqlite3 is not on PATH; give the test the .requiresSQLite3 trait")
        }
        let result = try Fixtures.run(sqlite3, ["-batch", ":memory:", ".read oracle.sql"], in: directory)
        guard result.status == 0, result.errors.isEmpty else {
            throw OracleError(message: "sqlite3 failed (\(result.status)): \(result.errors)")
        }
        return result.text
    }
}
