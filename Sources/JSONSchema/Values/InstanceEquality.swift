import JSONCore

/// Equality and hashing of JSON values as JSON Schema defines them, for `enum`, `const` and `uniqueItems`.
///
/// It differs from ``JSONValue``'s own `==` in two ways (JSON Schema §4.2.2): numbers are equal when their
/// values are (`1`, `1.0` and `1e0` are one number), and objects are equal when they have the same keys with
/// equal values, in any order. Strings and keys still compare by their code points (UTF-8 bytes), not by
/// Unicode canonical equivalence.
enum InstanceEquality {
    /// Tells whether two values are equal JSON data.
    ///
    /// - Parameters:
    ///   - left: The first value.
    ///   - right: The second value.
    /// - Returns: Whether they are equal under JSON Schema's rules.
    static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.string(let a), .string(let b)):
            return a.utf8.elementsEqual(b.utf8)
        case (.number(let a), .number(let b)):
            if a.utf8.elementsEqual(b.utf8) {
                return true
            }
            guard let first = ExactNumber(a), let second = ExactNumber(b) else { return false }
            return first == second
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where !equal(x, y) {
                return false
            }
            return true
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            // Parsed objects have unique keys, so every key of `a` must find its partner in `b`.
            for member in a {
                guard let partner = b.first(where: { $0.key.utf8.elementsEqual(member.key.utf8) }),
                    equal(member.value, partner.value)
                else { return false }
            }
            return true
        default:
            return false
        }
    }

    /// A hash consistent with ``equal(_:_:)``: equal values give equal hashes.
    ///
    /// Numbers hash by value and objects by an order-independent sum of their members' hashes.
    ///
    /// - Parameter value: The value.
    /// - Returns: The hash.
    static func hash(_ value: JSONValue) -> Int {
        var hasher = Hasher()
        combine(value, into: &hasher)
        return hasher.finalize()
    }

    /// Feeds `value` into `hasher`.
    private static func combine(_ value: JSONValue, into hasher: inout Hasher) {
        switch value {
        case .null:
            hasher.combine(0)
        case .bool(let flag):
            hasher.combine(1)
            hasher.combine(flag)
        case .number(let text):
            hasher.combine(2)
            hasher.combine(ExactNumber(text))
        case .string(let text):
            hasher.combine(3)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .array(let elements):
            hasher.combine(4)
            hasher.combine(elements.count)
            for element in elements {
                combine(element, into: &hasher)
            }
        case .object(let members):
            hasher.combine(5)
            hasher.combine(members.count)
            var sum = 0
            for member in members {
                var memberHasher = Hasher()
                var key = member.key
                key.withUTF8 { memberHasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                combine(member.value, into: &memberHasher)
                sum &+= memberHasher.finalize()
            }
            hasher.combine(sum)
        }
    }

    /// Finds two equal elements in an array.
    ///
    /// Small arrays are compared pairwise; larger ones are grouped by ``hash(_:)`` first, so the work stays
    /// close to linear.
    ///
    /// - Parameter elements: The array's elements.
    /// - Returns: The indices of the first duplicate pair found, or `nil` if all elements differ.
    static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count < 2 {
            return nil
        }
        if elements.count <= 16 {
            for i in 0..<elements.count {
                for j in (i + 1)..<elements.count where equal(elements[i], elements[j]) {
                    return (i, j)
                }
            }
            return nil
        }
        var seen: [Int: [Int]] = [:]
        seen.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let key = hash(element)
            if let candidates = seen[key] {
                for candidate in candidates where equal(elements[candidate], element) {
                    return (candidate, index)
                }
            }
            seen[key, default: []].append(index)
        }
        return nil
    }
}
