import FunctionScan
import ImportScan
import SourceScan
import Testing

/// TypeScript's types and bodiless signatures are no functions and swallow none of the code after them; JSX
/// reads as JavaScript.
@Suite struct TypeScriptSignatureTests {
    @Test func signaturesWithoutBodyAreNoFunctionsAndSwallowNothing() throws {
        let text = """
            export type RootRenderFunction<HostElement = RendererElement> = (
              vnode: VNode | null,
              container: HostElement,
            ) => void

            export interface RendererOptions {
              patchProp(el: any, key: string): void
              querySelector?(selector: string): any | null
              newline(): void
            }

            interface Debugger {
              (formatter: unknown, ...args: unknown[]): void
            }

            export abstract class Base {
              abstract run(x: number): void
              protected abstract stop(): Promise<void>
              step(a: number) {
                return a && 1
              }
            }

            export declare function ambient(x: number): string
            declare module 'x' {
              function hidden(a: number): void
            }

            function over(a: number): string;
            function over(a: string): string
            function over(a: any): string {
              return a ? "x" : "y"
            }

            class K {
              foo(x: number): void;
              foo(x: any): void {
                if (x) { console.log(x) }
              }
            }

            function after(x: number) {
              if (x) return 1
              return 2
            }
            """

        let found = try functions(text, as: "TypeScript")

        // lizard 1.24.3 also reports `(anonymous) 4-6` (the function type after `=>`), `hidden 26-29`, the
        // overload `foo 36-36` as a one-line function, and `over 30-33` (the overload without `;` takes the body).
        #expect(
            summary(found) == [
                "step 19-21 ccn=2 nest=0", "over 31-33 ccn=2 nest=0", "foo 37-39 ccn=2 nest=1",
                "after 42-45 ccn=2 nest=0",
            ])
    }

    @Test func aMemberWithAComputedKeyIsNamedByItsWholeKey() throws {
        // headlessui's listbox reducers, `[ActionTypes.GoToOption](state, action) {`, were all named `[`.
        let text = """
            let reducers = {
              [ActionTypes.Open](state) {
                return state ? 1 : 2
              },
              get [Symbol.toStringTag]() { return 'x' },
            }
            """

        let found = try functions(text, as: "TypeScript")

        #expect(summary(found) == [
            "[ActionTypes.Open] 2-4 ccn=2 nest=0", "[Symbol.toStringTag] 5-5 ccn=1 nest=0",
        ])
    }

    @Test func functionTypesInAnnotationsAreNoArrowFunctions() throws {
        let text = """
            let f: (a: number) => void = (a) => { if (a) {} }
            const g = (a: number): ((b: number) => number) => (b) => a + b
            let timer: NodeJS.Timeout | undefined
            function start() {
              return timer && 1
            }
            const isKey = (
              node: Node,
            ): node is Node & { type: 'Key' } => {
              return node.type === 'Key'
            }
            switch (x) {
              case 1: return y
            }
            """

        let found = try functions(text, as: "TypeScript")

        // lizard: `(anonymous) 1-1` starting at the function type's `void`, no `start` (it reads
        // `NodeJS.Timeout | undefined function start()` as one type, up to the `{`), `isKey` split at `=>`.
        #expect(
            summary(found) == [
                "f 1-1 ccn=2 nest=1", "g 2-3 ccn=1 nest=0", "start 4-6 ccn=2 nest=0", "isKey 7-11 ccn=1 nest=0",
            ])
    }

    @Test func classFieldTypesAreNoFunctionsAndStaticGettersOpenTheirBodies() throws {
        let text = """
            export class ModuleRunner {
              public hmrClient?: HMRClient
              private readonly resetSourceMapSupport?: () => void
              private isBuiltin?: (id: string) => boolean
              private handler: (e: Event) => void = (e) => { if (e) {} }
              [key: string]: any
              static get properties() {
                return { count: { type: Number } }
              }
              private async load(id: string): Promise<void> {
                if (id) { await this.x }
              }
            }
            const o = { onClick: (e: Event) => { if (e) {} }, n: 1 }
            """

        let found = try functions(text, as: "TypeScript")

        // lizard: `resetSourceMapSupport? 3-4`, `isBuiltin? 4-5` (the field types' `=>`), `handler 5-5`,
        // `onClick 14-14`; it loses `properties` and `load` after the index signature.
        #expect(
            summary(found) == [
                "handler 5-5 ccn=2 nest=1", "properties 7-9 ccn=1 nest=0", "load 10-12 ccn=2 nest=1",
                "onClick 14-14 ccn=2 nest=1",
            ])
    }

    @Test func genericFunctionDeclarationsAreFunctions() throws {
        let text = """
            export function pick<T>(a: T, b?: T): T {
              return b ?? a
            }
            async function load<T extends Foo<Bar<T>>, U = X>(u: U): Promise<T> {
              if (u) { await u }
            }
            function* walk<T>(items: T[]) {
              for (const i of items) yield i
            }
            const f = function <T>(x: T) { return x || 1 }
            export function sign<T>(x: T): T
            function after(x: number) {
              return x && 1
            }
            """

        let found = try functions(text, as: "TypeScript")

        // lizard 1.24.3 reports no function here: it misses the generic declarations, and loses `after` after them.
        #expect(
            summary(found) == [
                "pick 1-3 ccn=2 nest=0", "load 4-6 ccn=2 nest=1", "walk 7-9 ccn=2 nest=0", "f 10-10 ccn=2 nest=0",
                "after 12-14 ccn=2 nest=0",
            ])
    }

    @Test func signatureAtTheEndOfADeclarationFileIsNoFunction() throws {
        let text = """
            export function watch(
              paths: string | ReadonlyArray<string>,
            ): FSWatcher
            """

        #expect(try functions(text, as: "TypeScript").isEmpty)
    }

    @Test func javaScriptNamesThatAreTypeScriptKeywordsStayNames() throws {
        let text = """
            const type = 1, declare = (x) => x
            const o = { interface: 1, abstract() { return type && 2 } }
            function run(options) {
              declare(options)
              return options.type || type
            }
            """

        let found = try functions(text, as: "JavaScript")

        // As before TypeScript's keywords were read (lizard: `type 1-2`, `run 3-6 ccn=2`).
        #expect(
            summary(found) == [
                "declare 1-2 ccn=1 nest=0", "abstract 2-2 ccn=2 nest=0", "run 3-6 ccn=2 nest=0",
            ])
    }

    @Test func jsxFilesHaveTheFunctionsAndImportsOfTheirTsxTwin() throws {
        let text = """
            import React from 'react'
            import { helper } from './util'

            export function App({ items }) {
              return (
                <ul>
                  {items.map((item) => <li key={item.id}>{item.done ? 'done' : helper(item)}</li>)}
                </ul>
              )
            }
            """

        let jsx = try functions(text, as: "JSX")
        let tsx = try functions(text, as: "TypeScript")
        let jsxImports = try imports(in: text, as: "JSX")

        #expect(summary(jsx) == ["App 4-10 ccn=2 nest=0", "(anonymous) 7-7 ccn=1 nest=0"])
        #expect(summary(jsx) == summary(tsx))
        #expect(jsxImports == [
            ImportFacts(path: "react", kind: .module, line: 1, alias: "React"),
            ImportFacts(path: "./util", kind: .relative, line: 2, names: ["helper"]),
        ])
    }

    /// phoenix's socket.js: lizard reads `case LongPoll: return "LongPoll"` as a type up to the next bracket, so
    /// `transportName` ran 112 lines over seven methods; and it skips a `case 1: {…}` block uncounted.
    @Test func caseLabelsEndAtTheirColonAndSwallowNothing() throws {
        let text = """
            class Socket {
              transportName(transport){
                switch(transport){
                  case LongPoll: return "LongPoll"
                  default: return transport.name
                }
              }

              getSession(key){ return key }
              pick(x){
                switch (x) {
                  case 1: {
                    if (x) { return 2 }
                  }
                }
              }
            }
            export default Socket
            const y: number = 1
            """

        let found = try functions(text, as: "JavaScript")

        #expect(summary(found) == [
            "transportName 2-7 ccn=2 nest=1", "getSession 9-9 ccn=1 nest=0", "pick 10-16 ccn=3 nest=2",
        ])
        #expect(summary(try functions(text, as: "TypeScript")) == summary(found))
    }
}
