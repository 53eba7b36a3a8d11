/// One text in each page language.
struct Localized<Value: Sendable>: Sendable {
    let en: Value
    let nl: Value
    let ro: Value
    let da: Value

    subscript(language: PageLanguage) -> Value {
        switch language {
        case .en: en
        case .nl: nl
        case .ro: ro
        case .da: da
        }
    }
}
