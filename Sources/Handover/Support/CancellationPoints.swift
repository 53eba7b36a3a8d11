/// How often long loops look for cancellation.
enum CancellationPoints {
    /// How many records are handled between two checks for cancellation.
    static let recordBlock = 1024
}
