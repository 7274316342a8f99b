extension Strings {
    /// English for the admin pages.
    static let adminTable: [String: String] = [:]
}
