import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import SourceScan
import Testing
import TestSupport
import FunctionTokens
import ImportScan

/// Vue and Svelte components: functions and imports from their `<script>` blocks, numbered by the file's lines,
/// and their imports resolved in the module graph like a TypeScript file's.
@Suite struct ComponentScanTests {
    static let vue = """
        <template>
          <button @click="increment(1)" :disabled="count > 3 && !ready">{{ label }}</button>
        </template>

        <script lang="ts">
        import { defineComponent } from 'vue'
        export default defineComponent({
          methods: {
            label(name: string): string {
              if (name && name.length > 2) {
                return name
              }
              return ''
            },
          },
        })
        </script>

        <script setup lang="ts">
        import { ref } from 'vue'
        import Child from './Child.vue'
        const count = ref(0)
        function increment(by: number) {
          count.value += by > 0 ? by : 1
        }
        const double = () => count.value * 2
        </script>

        <style scoped>
        button { color: red }
        </style>

        """

    static let svelte = """
        <script context="module" lang="ts">
        export function format(value: number): string {
          return value > 9 ? `${value}` : `0${value}`
        }
        </script>

        <script lang="ts">
        import Card from './Card.svelte'
        import { items } from '../stores/items'
        export let title = ''
        const pick = (index: number) => {
          for (const item of items) {
            if (item.id === index || item.name === title) return item
          }
          return null
        }
        </script>

        {#if title}
          <Card {title} on:click={() => pick(1)} />
        {/if}

        """

    private func scan(_ files: [String: String]) throws -> (path: String, files: [String: FileReport]) {
        let path = try FixtureRepository.committed(files, prefix: "components")
        let catalog = try RuleCatalog.bundled()
        let scanner = FileScanner(languages: catalog.languages, settings: catalog.scan)
        let result = try scanner.scan(FileScanRequest(repositoryPath: path))
        return (path, Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0) }))
    }

    private func summary(_ file: FileReport?) -> [String] {
        (file?.functions ?? []).map { "\($0.name) \($0.startLine)-\($0.endLine) ccn \($0.complexity)" }
    }

    @Test func aVueComponentsScriptAndScriptSetupGiveFunctionsAndImportsAtTheFilesLines() throws {
        let files = try scan(["App.vue": Self.vue]).files

        let app = files["App.vue"]

        #expect(summary(app) == ["label 9-14 ccn 3", "increment 23-25 ccn 2", "double 26-26 ccn 1"])
        #expect(app?.imports.map { "\($0.line) \($0.path)" } == ["6 vue", "20 vue", "21 ./Child.vue"])
        #expect(app?.language == "Vuejs Component")
    }

    @Test func aComponentsLinesAreCountedOverTheWholeFileByItsOwnLanguage() throws {
        let table = try RuleCatalog.bundled().languages
        let vue = try #require(table.index(named: "Vuejs Component"))
        let svelte = try #require(table.index(named: "Svelte"))

        let files = try scan(["App.vue": Self.vue, "Card.svelte": Self.svelte]).files

        #expect(files["App.vue"]?.lines == table.lexers[vue].lex(Array(Self.vue.utf8), collectTokens: false).lines)
        #expect(files["App.vue"]?.lines == LineCounts(total: 31, code: 28, comment: 0, blank: 3))
        #expect(files["Card.svelte"]?.lines == table.lexers[svelte].lex(Array(Self.svelte.utf8), collectTokens: false).lines)
    }

    @Test func aSvelteComponentsModuleAndInstanceScriptsGiveFunctionsAndImports() throws {
        let files = try scan(["src/lib/Card.svelte": Self.svelte]).files

        let card = files["src/lib/Card.svelte"]

        #expect(summary(card) == ["format 2-4 ccn 2", "pick 11-16 ccn 4"])
        #expect(card?.imports.map { "\($0.line) \($0.path) \($0.kind)" } == [
            "8 ./Card.svelte relative", "9 ../stores/items relative",
        ])
    }

    @Test func componentsWithoutCodeHaveNoFunctionsAndNothingIsFoundOutsideScripts() throws {
        let files = try scan([
            "Plain.vue": "<template>\n  <p>function f() { if (a) {} }</p>\n</template>\n",
            "Broken.vue": "<template><p/></template>\n<script lang=\"ts\"\nfunction f() {}\n",
            "Open.svelte": "<script>\nfunction f() { return 1 }\n",
            "Quoted.svelte": "<script>\nconst s = '</script>'\nfunction g() { return 2 }\n</script>\n",
        ]).files

        #expect(summary(files["Plain.vue"]).isEmpty)
        #expect(summary(files["Broken.vue"]).isEmpty)
        #expect(summary(files["Open.svelte"]) == ["f 2-2 ccn 1"])
        #expect(summary(files["Quoted.svelte"]).isEmpty)
        #expect(files["Plain.vue"]?.lines.code == 3)
    }

    @Test func importsOfComponentsResolveToTheirFilesModulesFromScriptsAndComponents() throws {
        let (path, _) = try scan([
            "package.json": #"{"name": "root", "private": true, "workspaces": ["packages/*"]}"#,
            "packages/ui/package.json": #"{"name": "@acme/ui"}"#,
            "packages/ui/src/Button.vue": "<script setup lang=\"ts\">\nconst n = 1\n</script>\n",
            "packages/ui/src/Badge.svelte": "<script>\nexport let n = 1\n</script>\n",
            "packages/app/package.json": #"{"name": "@acme/app", "dependencies": {"@acme/ui": "*"}}"#,
            "packages/app/src/main.ts": "import Button from '../../ui/src/Button.vue'\n",
            "packages/app/src/App.vue": "<script setup lang=\"ts\">\nimport Badge from '../../ui/src/Badge.svelte'\n</script>\n",
            "packages/app/src/Page.svelte": "<script>\nimport App from './App.vue'\nimport Button from '../../ui/src/Button.vue'\n</script>\n",
        ])

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.files)" } == [
            #"@acme/app->@acme/ui ["packages/app/src/App.vue", "packages/app/src/Page.svelte", "packages/app/src/main.ts"]"#,
        ])
    }
}
