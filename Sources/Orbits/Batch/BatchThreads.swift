/// Thread counts for the batch paths.
public enum BatchThreads {
    /// Every active processor.
    public static var `default`: Int { activeProcessorCount() }
}
