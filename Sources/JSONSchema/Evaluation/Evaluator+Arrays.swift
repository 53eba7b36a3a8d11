import JSONCore

extension Evaluator {
    // MARK: - Arrays

    /// The array keywords, then `unevaluatedItems`.
    mutating func checkArray(
        _ node: SchemaNode, _ box: Shared<ArrayKeywords>, _ elements: [JSONValue], _ local: inout EvaluatedSet?
    ) -> Bool {
        var valid = true
        if let minimum = box.value.minItems, elements.count < minimum {
            guard collectsErrors else { return false }
            valid = false
            report(node, "minItems", "has \(elements.count) items, fewer than the minimum of \(minimum)")
        }
        if let maximum = box.value.maxItems, elements.count > maximum {
            guard collectsErrors else { return false }
            valid = false
            report(node, "maxItems", "has \(elements.count) items, more than the maximum of \(maximum)")
        }
        if box.value.uniqueItems, let (first, second) = InstanceEquality.firstDuplicate(in: elements) {
            guard collectsErrors else { return false }
            valid = false
            report(node, "uniqueItems", "items \(first) and \(second) are equal; all items must be unique")
        }
        let prefixCount = min(box.value.prefixItems.count, elements.count)
        for position in 0..<prefixCount
        where !validateChild(
            box.value.prefixItems[position], elements[position], key: nil, position: position,
            keyword: box.value.prefixKeyword, name: nil, keywordIndex: position)
        {
            guard collectsErrors else { return false }
            valid = false
        }
        local?.insert(upTo: prefixCount)
        if let items = box.value.items, elements.count > prefixCount {
            if case .rejectAll = nodes[items].kind {
                guard collectsErrors else { return false }
                valid = false
                report(
                    node, box.value.itemsKeyword,
                    "has \(elements.count) items, but only \(prefixCount) are allowed (\(box.value.itemsKeyword): false)"
                )
            } else {
                for position in prefixCount..<elements.count
                where !validateChild(
                    items, elements[position], key: nil, position: position, keyword: box.value.itemsKeyword, name: nil)
                {
                    guard collectsErrors else { return false }
                    valid = false
                }
            }
            local?.insertAll()
        }
        if let contains = box.value.contains {
            var count = 0
            for (position, element) in elements.enumerated() {
                let (matches, _) = capturingErrors { evaluator in
                    evaluator.validateChild(
                        contains, element, key: nil, position: position, keyword: "contains", name: nil)
                }
                if matches {
                    count += 1
                    local?.insert(position)
                    if local == nil && !collectsErrors && count >= box.value.minContains && box.value.maxContains == nil
                    {
                        break
                    }
                }
            }
            if count < box.value.minContains {
                guard collectsErrors else { return false }
                valid = false
                if box.value.minContains == 1 {
                    report(node, "contains", "no item matches the 'contains' schema")
                } else {
                    report(
                        node, "minContains",
                        "\(count) item\(count == 1 ? "" : "s") match the 'contains' schema, fewer than \(box.value.minContains)"
                    )
                }
            }
            if let maximum = box.value.maxContains, count > maximum {
                guard collectsErrors else { return false }
                valid = false
                report(node, "maxContains", "\(count) items match the 'contains' schema, more than \(maximum)")
            }
        }
        if let unevaluated = box.value.unevaluatedItems {
            for (position, element) in elements.enumerated() where !local!.contains(position) {
                if case .rejectAll = nodes[unevaluated].kind {
                    guard collectsErrors else { return false }
                    valid = false
                    if collectsErrors {
                        instancePath.append(.index(position))
                        report(node, "unevaluatedItems", "item \(position) is not allowed (unevaluatedItems: false)")
                        instancePath.removeLast()
                    }
                } else if !validateChild(
                    unevaluated, element, key: nil, position: position, keyword: "unevaluatedItems", name: nil)
                {
                    guard collectsErrors else { return false }
                    valid = false
                }
            }
            local!.insertAll()
        }
        return valid
    }
}
