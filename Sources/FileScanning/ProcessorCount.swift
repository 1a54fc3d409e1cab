import Foundation

public enum ProcessorCount {
    /// Active cores, at least one.
    public static var current: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
