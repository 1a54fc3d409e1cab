import RuleCatalog
import SourceScan
import Testing

/// The abstract and concrete types a file declares, the A of the main sequence (`TypeCounter`).
@Suite struct TypeCounterTests {
    private func types(_ text: String, as name: String) throws -> TypeCounts {
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.index(named: name))
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            TypeCounter(language: table.languages[index]).count(table.lexers[index].lex(buffer, collectTokens: true).tokens, bytes: buffer)
        }
    }

    @Test func pythonProtocolsAndAbstractBaseClassesAreAbstract() throws {
        let counts = try types(
            """
            import abc
            import typing
            from abc import ABC, ABCMeta
            from typing import Generic, Protocol, TypeVar

            class Saver(Protocol):
                def save(self) -> None: ...

            class Loader(typing.Protocol[T]):
                def load(self) -> T: ...

            class Store(ABC):
                pass

            class Cache(abc.ABC, Generic[T]):
                pass

            class Sink(metaclass=ABCMeta):
                pass

            class Queue(
                Generic[T],
                metaclass=abc.ABCMeta,
            ):
                pass

            class Box[T: int](Protocol):
                pass

            class Memory(Store):
                def __init__(self) -> None:
                    self.items = {}

            class Config:
                name: str = "ABC"
            """, as: "Python")

        #expect(counts == TypeCounts(abstract: 7, concrete: 2))
    }

    @Test func asyncioAndTwistedProtocolsAreConcreteBaseClasses() throws {
        // asyncio's and Twisted's `Protocol` are transport callbacks with bodies, not typing's structural protocol.
        let counts = try types(
            """
            import asyncio
            from twisted.internet import protocol

            class Echo(asyncio.Protocol):
                def data_received(self, data): ...

            class Chat(protocol.Protocol):
                def dataReceived(self, data): ...

            class Typed(typing_extensions.Protocol):
                pass

            class Aliased(t.Protocol[T]):  # import typing as t
                def get(self) -> T: ...
            class Stub(Aliased[int]): ...
            class Next(Stub): ...
            """, as: "Python")

        // A class after a stub's `...` counts too: the dot ending the line above is no member access.
        #expect(counts == TypeCounts(abstract: 2, concrete: 4))
    }

    @Test func otherLanguagesCountTheirInterfacesTraitsAndProtocols() throws {
        #expect(try types("protocol P {}\nstruct S {}\nclass C {}\nenum E {}\n", as: "Swift") == TypeCounts(abstract: 1, concrete: 3))
        #expect(try types("interface I {}\nabstract class A {}\nclass C {}\nrecord R() {}\n", as: "Java")
            == TypeCounts(abstract: 2, concrete: 2))
        #expect(try types("type I interface{}\ntype S struct{}\ntype N string\n", as: "Go") == TypeCounts(abstract: 1, concrete: 1))
        #expect(try types("trait T {}\nstruct S;\nenum E {}\n", as: "Rust") == TypeCounts(abstract: 1, concrete: 2))
        // PHP's `object` is a parameter type (doctrine's `persist(object $entity)`); Kotlin's declares a singleton.
        #expect(try types("interface I { function persist(object $entity): void; }\nclass C {}\n", as: "PHP")
            == TypeCounts(abstract: 1, concrete: 1))
        #expect(try types("object Registry {}\nclass C\n", as: "Kotlin") == TypeCounts(abstract: 0, concrete: 2))
    }

    /// A TypeScript interface is abstract with a method, call or construct signature; one of properties alone
    /// (callbacks typed as properties included) is a value's shape, concrete like a Go struct.
    @Test func typeScriptInterfacesAreAbstractOnlyWithSignatures() throws {
        let counts = try types(
            """
            export interface Options extends Base<{ a: string }> {
              root: string
              onError: (error: Error) => void
              plugins?: Array<(id: string) => boolean>
              nested: { load(): void }
            }
            export interface Plugin<T> {
              name: string
              transform?(code: string): T
            }
            interface Loader { load<T>(id: string): Promise<T> }
            interface Nested extends Map<string, Array<number>> { size: number }
            interface Callable { (x: number): string }
            interface Constructor { new (): Loader }
            interface Marker extends Options {}
            export abstract class Base<T> {}
            export class Server {}
            """,
            as: "TypeScript")
        #expect(counts == TypeCounts(abstract: 5, concrete: 4))
    }
}
