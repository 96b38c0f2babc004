// The validation budget: what a document may cost before it is parsed and validated. Field merging
// (OverlappingFieldsCanBeMerged) costs the square of how often one response name repeats, so a 15 KB
// `{ stores { id id id … } }` used to hold the event loop for seconds; depth, alias and cost rules do
// not see that. This runs first, on the raw text, for HTTP and WebSocket alike, and its work is linear
// in the document's size, which is bounded too.
import { createError, ErrorCode } from "@pazargraph/runtime";
import { GraphQLError, Lexer, Source, TokenKind } from "graphql";

export interface Budget {
  maxQueryBytes: number;
  maxTokens: number;
  maxSameField: number;
}

const tooComplex = (message: string) => createError(ErrorCode.QUERY_TOO_COMPLEX, message);

/**
 * Throws QUERY_TOO_COMPLEX when the document is over the budget. A document that does not lex is let
 * through: the parser then reports its syntax error as usual, at no greater cost.
 */
export function checkBudget(source: unknown, budget: Budget): void {
  if (typeof source !== "string") return;
  // Bytes: UTF-8 length is at most 3 × UTF-16 length, so only long strings need counting.
  const bytes = source.length * 3 <= budget.maxQueryBytes ? source.length : Buffer.byteLength(source, "utf8");
  if (bytes > budget.maxQueryBytes) throw tooComplex(`the document is ${bytes} bytes; at most ${budget.maxQueryBytes} are accepted`);
  const lexer = new Lexer(new Source(source));
  // Every name inside a selection set (outside arguments and variable definitions), not after `$`,
  // `@`, `...` or `on`, is a field or an alias: its count bounds how often a response name repeats.
  const counts = new Map<string, number>();
  let tokens = 0;
  let braces = 0;
  let parens = 0;
  let previous: TokenKind | null = null;
  let previousValue: string | undefined;
  try {
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
      if (++tokens > budget.maxTokens) throw tooComplex(`the document has more than ${budget.maxTokens} tokens`);
      if (t.kind === TokenKind.PAREN_L) parens++;
      else if (t.kind === TokenKind.PAREN_R) parens--;
      else if (t.kind === TokenKind.BRACE_L && parens === 0) braces++;
      else if (t.kind === TokenKind.BRACE_R && parens === 0) braces--;
      else if (
        t.kind === TokenKind.NAME &&
        braces > 0 &&
        parens === 0 &&
        previous !== TokenKind.DOLLAR &&
        previous !== TokenKind.AT &&
        previous !== TokenKind.SPREAD &&
        previousValue !== "on"
      ) {
        const n = (counts.get(t.value) ?? 0) + 1;
        counts.set(t.value, n);
        if (n > budget.maxSameField) throw tooComplex(`"${t.value}" appears more than ${budget.maxSameField} times in the document`);
      }
      previous = t.kind;
      previousValue = t.kind === TokenKind.NAME ? t.value : undefined;
    }
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) throw err;
    // A lexing error: the parser will report it.
  }
}
