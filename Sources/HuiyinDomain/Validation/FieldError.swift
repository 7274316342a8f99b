/// A problem with one input field, with a message in Chinese for the person who typed it.
public struct FieldError: Sendable, Hashable, Codable {
    /// The field's path, e.g. `title` or `petitioners[1].idNumber`.
    public var field: String
    public var message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// Thrown when input fails validation; nothing has been changed.
public struct ValidationFailure: Error, Sendable, Hashable {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }

    public var message: String {
        errors.map { "\($0.field)：\($0.message)" }.joined(separator: "；")
    }
}
