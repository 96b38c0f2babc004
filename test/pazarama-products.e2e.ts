// Pazarama products, questions and finance end to end through the gateway against the sandbox: the
// call succeeds and the sandbox's state changes as documented; invalid input is refused with
// BAD_USER_INPUT before any Pazarama call; Pazarama's own refusals come back with its message.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Stack } from "../scripts/stack.ts";
import { type GqlResult, gql, type Mode, startTestStack, writeHelpers } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Any = any;
const code = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions?.code as string | undefined;

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Pazarama products, questions and finance end to end (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    const { sandbox: pz, calls, mutate, refusedBeforeCall } = writeHelpers(() => stack, "pazarama");
    const query = (q: string) => gql<Any, Any>(stack, `{ pazarama { ${q} } }`);
    const approved = async () =>
      (await query("products(approved: true, first: 5) { edges { node { id code stock listPrice { amount } salePrice { amount } vatRate } } }")).data.pazarama.products.edges.map(
        (e: Any) => e.node,
      );

    before(async () => {
      stack = await startTestStack(mode, { sandbox: { batchDelayMs: 300 }, marketplaces: { pazarama: { listingWaitMs: 3000 } } }, { poll: false, marketplaces: ["pazarama"] });
    });
    after(() => stack?.close());

    it("creates a product: validated against the tree and required attributes, then a batch that finishes", async () => {
      const tree = (await query("categoryTree { id leaf children { id leaf children { id leaf children { id leaf } } } }")).data.pazarama.categoryTree;
      const leaves: Any[] = [];
      const walk = (l: Any[]) => {
        for (const c of l) c.leaf ? leaves.push(c) : walk(c.children ?? []);
      };
      walk(tree);
      let leaf: Any;
      let attrs: Any[] = [];
      for (const c of leaves) {
        attrs = (await query(`categoryAttributes(categoryId: "${c.id}") { id required values { id } }`)).data.pazarama.categoryAttributes;
        if (attrs.some((a: Any) => a.required)) {
          leaf = c;
          break;
        }
      }
      assert.ok(leaf, "a leaf with a required attribute");
      const brand = (await query("brands(first: 1) { edges { node { id } } }")).data.pazarama.brands.edges[0].node.id;
      const all = attrs.map((a: Any) => `{ attributeId: "${a.id}", valueId: "${a.values[0].id}" }`).join(", ");
      const product = (over: Record<string, string>) => {
        const f: Record<string, string> = {
          name: '"Pelüş Tayt"',
          displayName: '"Pelüş Tayt Siyah"',
          description: '"Kış için sıcak tayt"',
          brandId: `"${brand}"`,
          categoryId: `"${leaf.id}"`,
          code: `"E2E${Date.now()}"`,
          groupCode: '"GRP-E2E"',
          stockCode: '"PT580-2"',
          stock: "12",
          listPrice: '"10425.99"',
          salePrice: '"10420.88"',
          vatRate: "10",
          desi: "1",
          images: '["https://cdn.example.com/p/1.jpg"]',
          attributes: `[${all}]`,
          ...over,
        };
        return `{ ${Object.entries(f)
          .map(([k, v]) => `${k}: ${v}`)
          .join(", ")} }`;
      };
      await refusedBeforeCall("createProducts", `products: [${product({ name: `"${"x".repeat(101)}"` })}]`, "id", /name/);
      await refusedBeforeCall("createProducts", `products: [${product({ vatRate: "18" })}]`, "id", /vatRate/);
      await refusedBeforeCall("createProducts", `products: [${product({ salePrice: '"20000.00"' })}]`, "id", /salePrice/);
      await pz("DELETE", "/stats");
      const missing = await mutate("createProducts", `products: [${product({ attributes: "[]" })}]`, "id");
      assert.equal(code(missing), "BAD_USER_INPUT");
      assert.match(missing.errors?.[0]?.message ?? "", /required in category/);
      assert.equal(await calls(), 0, "the tree and attributes were already in L2");

      const res = await mutate("createProducts", `products: [${product({ saleLimitQuantity: "2" })}]`, "id status");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.pazarama.createProducts.status, "IN_PROGRESS");
      const id = res.data.pazarama.createProducts.id;
      await pz("POST", "/batches/flush");
      const batch = (await query(`productBatch(id: "${id}") { status totalCount failedCount }`)).data.pazarama.productBatch;
      assert.deepEqual(batch, { status: "DONE", totalCount: 1, failedCount: 0 });
    });

    it("updates price and stock (v2) and surfaces Pazarama's per-code refusal", async () => {
      const [p] = await approved();
      await refusedBeforeCall("updatePriceAndStock", `input: { productId: "${p.id}", listPrice: "100.00" }`, "stock", /salePrice/);
      let res = await mutate(
        "updatePriceAndStock",
        `input: { productId: "${p.id}", listPrice: "150.00", salePrice: "120.50", stock: 33 }`,
        "stock listPrice { amount } salePrice { amount }",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.pazarama.updatePriceAndStock, { stock: 33, listPrice: { amount: "150.00" }, salePrice: { amount: "120.50" } });
      res = await mutate("updatePriceAndStock", `input: { productId: "${p.id}", listPrice: "150.00", salePrice: "120.50" }`, "stock");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.equal(res.errors?.[0]?.extensions?.marketplaceMessage, "İndirimli fiyat, liste fiyatı ve stok sayısı önceki değerleriyle aynı olamaz");

      const bulk = await mutate("updateStocks", `items: [{ code: "${p.code}", stock: 5 }, { code: "NO-SUCH-CODE", stock: 1 }]`, "dataId done");
      await pz("POST", "/batches/flush");
      const result = (await query(`listingUpdate(dataId: "${bulk.data.pazarama.updateStocks.dataId}") { done successCount failedCount results { code status message stock } }`))
        .data.pazarama.listingUpdate;
      assert.equal(result.done, true);
      assert.deepEqual(
        result.results.map((r: Any) => [r.code, r.status, r.message]),
        [
          [p.code, "SUCCEEDED", "Başarılı"],
          ["NO-SUCH-CODE", "FAILED", "Ürün bulunamadı"],
        ],
      );
    });

    it("sets VAT rates, the sale limit and the on-sale state", async () => {
      const [, p] = await approved();
      await refusedBeforeCall("setVatRates", `items: [{ code: "${p.code}", vatRate: 8 }]`, "vatRate", /vatRate/);
      let res = await mutate("setVatRates", `items: [{ code: "${p.code}", vatRate: 1 }]`, "code vatRate");
      assert.deepEqual(res.data.pazarama.setVatRates, [{ code: p.code, vatRate: 1 }]);
      await refusedBeforeCall("setSaleLimit", `code: "${p.code}", quantity: -1`, "code", /quantity/);
      res = await mutate("setSaleLimit", `code: "${p.code}", quantity: 3`, "code");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      res = await mutate("setProductOnSale", `code: "${p.code}", onSale: false`, "code onSale");
      assert.deepEqual(res.data.pazarama.setProductOnSale, { code: p.code, onSale: false });
      const extra = (await pz("GET", `/products/${p.code}/extra`)) as Any;
      assert.deepEqual([extra.saleLimit, extra.productStatus, extra.product.vatRate], [3, 10, 1]);
      res = await mutate("setProductOnSale", `code: "NO-SUCH-CODE", onSale: true`, "code");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.equal(res.errors?.[0]?.extensions?.marketplaceMessage, "Ürün bulunamadı.");
    });

    it("searches the catalogue and quick-adds a product by barcode", async () => {
      const found = (await query('catalogSearch(name: "1", first: 5) { totalCount edges { node { productId code name } } }')).data.pazarama.catalogSearch;
      assert.ok(found.totalCount > 0);
      const item = found.edges[0].node;
      const one = (await query(`catalogSearch(code: "${item.code}") { totalCount }`)).data.pazarama.catalogSearch;
      assert.equal(one.totalCount, 1);
      const res = await mutate(
        "quickAddProduct",
        `input: { catalogProductId: "${item.productId}", code: "${item.code}", listPrice: "99.00", salePrice: "88.00", stock: 4 }`,
        "code stock approved",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.pazarama.quickAddProduct, { code: item.code, stock: 4, approved: true });
      const again = await mutate(
        "quickAddProduct",
        `input: { catalogProductId: "${item.productId}", code: "${item.code}", listPrice: "99.00", salePrice: "88.00", stock: 4 }`,
        "code",
      );
      assert.equal(code(again), "MARKETPLACE_REJECTED");
      assert.match(String(again.errors?.[0]?.extensions?.marketplaceMessage), /zaten mağazanızda/);
    });

    it("creates, updates, attaches and deletes supplier templates", async () => {
      await refusedBeforeCall(
        "createCommercial",
        `input: { isImported: false, type: 1, name: "a", title: "b", brand: "c", email: "d@e.com", address: "f" }`,
        "commercialId",
        /type/,
      );
      let res = await mutate(
        "createCommercial",
        `input: { isImported: true, type: 1, name: "İthalatçı A.Ş.", title: "İthalatçı", brand: "Marka", email: "ithal@example.com", address: "İstanbul" }`,
        "commercialId name",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const id = res.data.pazarama.createCommercial.commercialId;
      res = await mutate(
        "updateCommercial",
        `id: "${id}", input: { isImported: true, type: 2, name: "Temsilci Ltd.", title: "Temsilci", brand: "Marka", email: "t@example.com", address: "Ankara" }`,
        "type name",
      );
      assert.deepEqual(res.data.pazarama.updateCommercial, { type: 2, name: "Temsilci Ltd." });
      const [p] = await approved();
      res = await gql<Any, Any>(stack, `mutation { pazarama { setProductCommercials(code: "${p.code}", commercialIds: ["${id}"], securityDescription: "CE belgeli") } }`);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(((await pz("GET", `/products/${p.code}/extra`)) as Any).commercials, { securityDescription: "CE belgeli", commercialIds: [id] });
      assert.equal((await query("commercials { commercialId }")).data.pazarama.commercials.length, 1);
      res = await gql<Any, Any>(stack, `mutation { pazarama { deleteCommercial(id: "${id}") } }`);
      assert.equal(res.data.pazarama.deleteCommercial, true);
      assert.equal((await query("commercials { commercialId }")).data.pazarama.commercials.length, 0);
    });

    it("lists and answers customers' questions", async () => {
      const waiting = (await query("questions(status: WAITING_FOR_ANSWER, first: 5) { totalCount edges { node { id question status productName } } } questionTopics { topic }"))
        .data.pazarama;
      assert.ok(waiting.questions.totalCount > 0);
      assert.ok(waiting.questionTopics.some((t: Any) => t.topic === "Teslimat ve Kargo"));
      const q = waiting.questions.edges[0].node;
      await refusedBeforeCall("answerQuestion", `questionId: "${q.id}", text: "Evet"`, "id", /text/);
      const res = await mutate("answerQuestion", `questionId: "${q.id}", text: "Merhaba, ürünümüz 2 yıl garantilidir."`, "status answer");
      assert.deepEqual(res.data.pazarama.answerQuestion, { status: "WAITING_FOR_APPROVAL", answer: "Merhaba, ürünümüz 2 yıl garantilidir." });
      const again = await mutate("answerQuestion", `questionId: "${q.id}", text: "Bir daha cevap vermeyi deniyorum."`, "status");
      assert.equal(code(again), "MARKETPLACE_REJECTED");
    });

    it("reads the payment agreement for a date range", async () => {
      await pz("DELETE", "/stats");
      const bad = await query(`payments(from: "2026-02-01T00:00:00+03:00", to: "2026-01-01T00:00:00+03:00") { totalAmount { amount } }`);
      assert.equal(code(bad), "BAD_USER_INPUT");
      assert.equal(await calls(), 0);
      const from = new Date(Date.now() - 90 * 86400_000).toISOString();
      const to = new Date(Date.now() + 30 * 86400_000).toISOString();
      const res = await query(
        `payments(from: "${from}", to: "${to}") { totalAmount { amount } totalAllowance { amount } transactions { orderNumber type amount { amount } allowance { amount } } }`,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const p = res.data.pazarama.payments;
      assert.ok(p.transactions.length > 0);
      const sum = p.transactions.reduce((s: number, t: Any) => s + Math.round(Number(t.amount.amount) * 100), 0);
      assert.equal(Math.round(Number(p.totalAmount.amount) * 100), sum);
    });
  });
}
