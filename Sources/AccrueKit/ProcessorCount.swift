import Foundation

enum ProcessorCount {
    /// Active cores, at least one.
    static var current: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
