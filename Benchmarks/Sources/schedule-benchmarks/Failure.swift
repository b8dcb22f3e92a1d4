/// A benchmark failure with a message for the user.
struct Failure: Error, CustomStringConvertible {
    var description: String
}
