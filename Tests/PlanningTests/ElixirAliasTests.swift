import SymbolScan
import Testing

/// Elixir names a module by its whole alias: the segments before the last are its namespace, no use of a module
/// declared by that word.
@Suite struct ElixirAliasTests {
    /// phoenix: `Mix.Tasks.Compile.Phoenix` is declared as `Phoenix`, and every `Phoenix.Channel` had used it, so a
    /// plan moving the mix task told 45 files of lib/phoenix/ to import the new package.
    @Test func onlyTheLastSegmentOfAnAliasIsAUse() throws {
        let text = """
            defmodule Phoenix.Channel.Server do
              alias Phoenix.Socket.{Broadcast, Message}
              alias Phoenix.PubSub
              def json, do: Phoenix.json_library()
              def broadcast(msg), do: PubSub.broadcast(Phoenix.Endpoint.config(:pubsub), msg)
            end
            """

        let facts = try symbols(text, as: "Elixir")

        #expect(facts.declaredNames == ["Server"])
        for namespace in ["Channel", "Socket"] { #expect(!facts.uses.contains(namespace)) }
        for module in ["Broadcast", "Message", "PubSub", "Phoenix", "Endpoint"] { #expect(facts.uses.contains(module)) }
    }
}
