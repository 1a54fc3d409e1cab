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

/// Elixir modules by their whole names (elixir-tesla/tesla's `Tesla.Error` had used the `Error` compression.ex nests,
/// and the standard library's `JSON` the project's `Tesla.Middleware.JSON`).
@Suite struct ElixirWholeNamesTests {
    @Test func aFileRecordsTheWholeNamesItDeclaresAndNamesItsAliasesExpanded() throws {
        let compression = try symbols(
            "defmodule Tesla.Middleware.Compression do\n  defmodule Error do\n    defexception [:reason]\n  end\n"
                + "  def call(env), do: raise(__MODULE__.Error)\nend\n", as: "Elixir")
        let user = try symbols(
            "defmodule Tesla.Adapter.Mint do\n  alias Tesla.Middleware.Compression\n  alias Tesla.{Env, Multipart}\n"
                + "  alias Tesla.Middleware.JSON, as: J\n  def run(env) do\n    %Env{} = env\n    JSON.encode!(env)\n"
                + "    raise Tesla.Error\n    Compression.Error.exception(J.Config)\n  end\nend\n", as: "Elixir")

        #expect(
            compression.qualifiedDeclarations == ["Tesla.Middleware.Compression", "Tesla.Middleware.Compression.Error"])
        #expect(user.qualifiedDeclarations == ["Tesla.Adapter.Mint"])
        let expected = ["JSON", "Tesla.Env", "Tesla.Error", "Tesla.Middleware.Compression.Error", "Tesla.Middleware.JSON.Config"]
        for used in expected {
            #expect(user.qualifiedUses.contains(used))
        }
        #expect(!user.qualifiedUses.contains("Env"))
    }
}
