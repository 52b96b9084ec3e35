/** The plan as a graph: provisions ↔ bodies, places and topics link both ways, in both languages. */
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';
import { url, visit } from './helpers.ts';

const model = loadModel();

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: provision → body → provision → topic → provision; provision → place → provision`, async ({
    page,
  }) => {
    await visit(page, paths.provision(locale, 'task-10'));
    const body = model.bodies.find((b) => b.id === 'information-centre')!;
    await page
      .locator('article [data-bodies]')
      .getByRole('link', { name: body.name[locale] })
      .click();
    await expect(page).toHaveURL(new RegExp(`${paths.body(locale, body.id)}$`));
    await expect(page.locator('h1')).toHaveText(body.name[locale]);
    await page.locator('[data-provision-link="task-10"]').click();
    await expect(page).toHaveURL(new RegExp(`${paths.provision(locale, 'task-10')}$`));

    const topic = model.topics.find((x) => x.id === '5g')!;
    await page.locator('[data-topics]').getByRole('link', { name: topic.name[locale] }).click();
    await expect(page.locator('h1')).toHaveText(topic.name[locale]);
    await page.locator('[data-provision-link="task-10"]').click();
    await expect(page).toHaveURL(new RegExp(`${paths.provision(locale, 'task-10')}$`));

    await visit(page, paths.provision(locale, 'measure-2'));
    const place = model.places.find((p) => p.id === 'siasun-robot-industrial-park')!;
    await page.locator('[data-places]').getByRole('link', { name: place.name[locale] }).click();
    await expect(page.locator('h1')).toHaveText(place.name[locale]);
    // The sentence that names it, with the name marked.
    await expect(page.locator('[data-mentions] mark').first()).toHaveText(
      locale === 'zh' ? '新松机器人产业园' : place.name.en,
    );
    await page.locator('[data-provision-link="measure-2"]').click();
    await expect(page).toHaveURL(new RegExp(`${paths.provision(locale, 'measure-2')}$`));
  });

  // Read from the served HTML: 60-odd pages a language, links only.
  test(`${locale}: every body, place and topic page links each provision that names it, and back`, async ({
    request,
    baseURL,
  }) => {
    const base = new URL(baseURL!).pathname.replace(/\/$/, '');
    const entities = [
      ...model.bodies.map((b) => ({
        path: paths.body(locale, b.id),
        ids: model.provisions.filter((p) => p.bodies.includes(b.id)).map((p) => p.id),
      })),
      ...model.places.map((x) => ({
        path: paths.place(locale, x.id),
        ids: model.provisions.filter((p) => p.places.includes(x.id)).map((p) => p.id),
      })),
      ...model.topics.map((x) => ({
        path: paths.topic(locale, x.id),
        ids: model.provisions.filter((p) => p.topics.includes(x.id)).map((p) => p.id),
      })),
    ];
    const backlinks = new Map<string, string[]>();
    for (const entity of entities) {
      const html = await (await request.get(url(entity.path))).text();
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const linked = [...main.matchAll(/data-provision-link="([^"]+)"/g)].map((m) => m[1]);
      expect([...new Set(linked)].sort(), entity.path).toEqual([...entity.ids].sort());
      for (const id of entity.ids) backlinks.set(id, [...(backlinks.get(id) ?? []), entity.path]);
    }
    for (const [id, targets] of backlinks) {
      const html = await (await request.get(url(paths.provision(locale, id)))).text();
      const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      for (const target of targets)
        expect(article, `${id} → ${target}`).toContain(`href="${base}${target}"`);
    }
  });
}

test('index pages list every body, place and topic with counts', async ({ page }) => {
  await visit(page, paths.bodies('en'));
  await expect(page.locator('[data-body-list] [data-body]')).toHaveCount(model.bodies.length);
  await expect(
    page.locator('[data-body-list] li', { hasText: 'Municipal Science and Technology Bureau' }),
  ).toContainText(
    `named in ${model.provisions.filter((p) => p.bodies.includes('science-technology-bureau')).length} provisions`,
  );
  await visit(page, paths.places('zh'));
  await expect(page.locator('main [data-place]')).toHaveCount(model.places.length);
  await visit(page, paths.topics('zh'));
  await expect(page.locator('main [data-topic]')).toHaveCount(model.topics.length);
});

test('provision pages carry schema.org Legislation JSON-LD', async ({ page }) => {
  await visit(page, paths.provision('en', 'task-7'));
  const json = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(json['@type']).toBe('Legislation');
  expect(json.isPartOf.legislationIdentifier).toBe(model.document.number.zh);
  // The plan it is part of, by its id: the home page, whose JSON-LD describes the plan.
  expect(new URL(json.isPartOf['@id']).pathname).toMatch(new RegExp(`${paths.home('en')}$`));
  await visit(page, paths.home('en'));
  const plan = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(plan['@id']).toBe(json.isPartOf['@id']);
  expect(plan.legislationIdentifier).toBe(model.document.number.zh);
  expect(plan.legislationPassedBy.name).toBe(model.document.issuer.en);
  expect(json.legislationResponsible.map((b: { name: string }) => b.name)).toEqual(
    model.provisions
      .find((p) => p.id === 'task-7')!
      .bodies.map((id) => model.bodies.find((b) => b.id === id)!.name.en),
  );
});

test('the targets ledger shows amounts in each language', async ({ page }) => {
  await visit(page, paths.targets('en'));
  await expect(page.locator('[data-target="core-industry-output"] [data-amount]')).toHaveText(
    '3 billion yuan',
  );
  await expect(page.locator('[data-target="related-industry-output"] [data-amount]')).toHaveText(
    '20 billion yuan',
  );
  await visit(page, paths.home('zh'));
  await expect(page.locator('[data-target="core-industry-output"] [data-amount]')).toHaveText(
    '30亿元',
  );
  await expect(page.locator('[data-targets] tbody tr')).toHaveCount(model.targets.length);
});

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: each kind's list links every provision of the kind, and each provision's breadcrumbs lead back to it`, async ({
    page,
  }) => {
    for (const kind of ['principle', 'task', 'measure', 'implementation'] as const) {
      await visit(page, paths.kind(locale, kind));
      const ids = model.provisions.filter((p) => p.kind === kind).map((p) => p.id);
      await expect(page.locator('main [data-provision-link]')).toHaveCount(ids.length);
      expect(
        await page
          .locator('main [data-provision-link]')
          .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['provisionLink'])),
      ).toEqual(ids);
    }
    await visit(page, paths.provision(locale, 'task-7'));
    const crumbs = page.getByRole('navigation', {
      name: locale === 'zh' ? '当前位置' : 'Breadcrumb',
    });
    await crumbs.getByRole('link', { name: locale === 'zh' ? '重点任务' : 'Key tasks' }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.kind(locale, 'task')}$`));
    await expect(page.locator('h2#group-3')).toBeVisible();
  });
}
