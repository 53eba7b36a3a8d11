/// A provision of the GDPR: an article, optionally a paragraph, optionally a point.
struct ArticleReference: Sendable, Hashable {
    let article: Int
    let paragraph: Int?
    let point: String?

    init(_ article: Int, _ paragraph: Int? = nil, _ point: String? = nil) {
        self.article = article
        self.paragraph = paragraph
        self.point = point
    }
}
