import Planning

/// Stages after a move name the moved files where they are by then.
///
/// A split's move stages say where each file goes (`PlanStage.moves`); a later stage of the ordered plan (a function to
/// simplify in `tokio-stream/src/stream_ext/skip_while.rs`, a caller of another split in
/// `tokio-stream/src/wrappers/watch.rs`) names the file at its new path. Paths are matched whole, between spaces,
/// punctuation and backticks, so `a/b.rs` never rewrites `x/a/b.rs` or `a/b.rs:28` loses its line.
enum MovedPaths {
    static func relocating(_ stages: [PlanStage]) -> [PlanStage] {
        var moved: [String: String] = [:]
        return stages.map { stage in
            var stage = stage
            if !moved.isEmpty {
                let rewrite = { (text: String) in relocated(text, moved) }
                (stage.title, stage.why) = (rewrite(stage.title), rewrite(stage.why))
                stage.steps = stage.steps.map(rewrite)
                stage.files = stage.files.map(rewrite)
                stage.importSites = stage.importSites.map { site in
                    ImportSite(path: rewrite(site.path), line: site.line, imports: site.imports, through: site.through)
                }
                stage.checks = stage.checks.map { check in
                    PlanCheck(rule: check.rule, subject: rewrite(check.subject), comparison: check.comparison,
                        value: check.value, text: rewrite(check.text))
                }
            }
            moved.merge(stage.moves) { _, new in new }
            return stage
        }
    }

    /// `text` with each whole path of `moved` replaced by its new path.
    static func relocated(_ text: String, _ moved: [String: String]) -> String {
        guard text.contains("/") else { return text }
        var result = ""
        var word = ""
        func flush() {
            result += moved[word] ?? word
            word = ""
        }
        for character in text {
            if " ,;:`()[]\"'".contains(character) {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }
}
