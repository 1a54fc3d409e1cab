import ArgumentParser
import Foundation
import AccrueKit
import AccrueStore
import GitCore
import TrendStore

/// Errors the CLI reports with exit code 2 (could not run).
enum Failure: Error, CustomStringConvertible {
    case usage(String)

    var description: String {
        switch self {
        case .usage(let message): message
        }
    }
}

/// Runs a command body, mapping known errors to a one-line message on stderr and exit code 2.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as GitError {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as Failure {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as HistoryFailure {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as StoreFailure {
        printError(error.description)
        throw ExitCode(2)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("accrue: error: \(message)\n".utf8))
}

/// Whether standard output is a terminal that wants colour (NO_COLOR switches it off).
var stdoutUsesColor: Bool {
    isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
