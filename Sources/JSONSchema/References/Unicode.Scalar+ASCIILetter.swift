extension Unicode.Scalar {
    /// Whether this is an ASCII letter (`A`–`Z`, `a`–`z`).
    var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }
}
