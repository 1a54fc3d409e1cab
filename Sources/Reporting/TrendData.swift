import AccrueKit
import AccrueTrend
import Foundation

/// `accrue trend --format csv`: one row per sample and scope (`repository`, or a module's name).
public struct TrendCSV {
    let report: TrendReport

    public init(_ report: TrendReport) {
        self.report = report
    }

    public func render() -> String {
        var out = "commit,date,scope,code_lines,budget_warning,budget_error,functions_over_thresholds,cycles,"
            + "couplings,principal_hours,interest_hours_per_month,change_hours_per_month\n"
        for sample in report.samples {
            let figures = sample.figures
            let prefix = "\(sample.commit),\(TrendDates.moment(sample.date))"
            out += "\(prefix),repository,\(figures.codeLines),,,\(figures.functionsOverThresholds),"
                + "\(figures.cycles),\(figures.couplings),\(TrendNumbers.rounded(figures.principalHours)),"
                + "\(TrendNumbers.rounded(figures.interestHoursPerMonth)),\(TrendNumbers.rounded(figures.changeHoursPerMonth))\n"
            for module in figures.modules {
                out += "\(prefix),\(Self.quoted(module.name)),\(module.codeLines),\(figures.budgetWarning),"
                    + "\(figures.budgetError),\(module.functionsOverThresholds),\(module.cycles),\(module.couplings),"
                    + "\(TrendNumbers.rounded(module.principalHours)),\(TrendNumbers.rounded(module.interestHoursPerMonth)),\n"
            }
        }
        return out
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `accrue trend --format json` (schema `accrue.trend/1`, docs/trend.md).
public struct TrendDocument: Encodable {
    struct Module: Encodable {
        var name: String
        var code_lines: Int
        var functions_over_thresholds: Int
        var cycles: Int
        var couplings: Int
        var principal_hours: Double
        var interest_hours_per_month: Double
    }

    struct Sample: Encodable {
        var commit: String
        var date: String
        var code_lines: Int
        var files: Int
        var functions_over_thresholds: Int
        var cycles: Int
        var couplings: Int
        var findings: Int
        var principal_hours: Double
        var interest_hours_per_month: Double
        var change_hours_per_month: Double
        var interest_rate: Double
        var debt_ratio: Double
        var rating: String
        var history_commits: Int
        var budget: [String: Int]
        var modules: [Module]
    }

    var schema = TrendReport.schema
    var accrue_version: String
    var samples: [Sample]
    /// Modules renamed between samples, by former name: their samples carry the latest name.
    var renamed_modules: [String: String]

    public init(_ report: TrendReport, accrueVersion: String) {
        accrue_version = accrueVersion
        renamed_modules = report.renames
        samples = report.samples.map { sample in
            let figures = sample.figures
            let round = TrendNumbers.rounded
            return Sample(
                commit: sample.commit, date: TrendDates.moment(sample.date), code_lines: figures.codeLines,
                files: figures.files, functions_over_thresholds: figures.functionsOverThresholds,
                cycles: figures.cycles, couplings: figures.couplings, findings: figures.findings,
                principal_hours: round(figures.principalHours),
                interest_hours_per_month: round(figures.interestHoursPerMonth),
                change_hours_per_month: round(figures.changeHoursPerMonth), interest_rate: round(figures.interestRate),
                debt_ratio: round(figures.debtRatio),
                rating: figures.rating, history_commits: figures.historyCommits,
                budget: ["warning": figures.budgetWarning, "error": figures.budgetError],
                modules: figures.modules.map {
                    Module(
                        name: $0.name, code_lines: $0.codeLines, functions_over_thresholds: $0.functionsOverThresholds,
                        cycles: $0.cycles, couplings: $0.couplings, principal_hours: round($0.principalHours),
                        interest_hours_per_month: round($0.interestHoursPerMonth))
                })
        }
    }
}
