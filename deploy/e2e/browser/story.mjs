// The browser story's steps, run by BrowserStoryTest through one Chromium: `node story.mjs` with
// BASE_URL and SHOTS in the environment reads one JSON line per step from its standard input,
// {"step": name, "env": {"STORY_USER": ..., ...}}, and answers one JSON line each: {"result": what the
// test needs next} or {"error": why it failed}. Each step opens windows of its own (closed after it),
// does what a town-hall person would do, and saves screenshots of each page in Ukrainian and English
// under SHOTS. One browser for every step: starting Chromium anew for each cost as much as a step.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

const base = process.env.BASE_URL;
const shots = process.env.SHOTS;
/** What the test handed the current step (read when used: the environment changes from step to step). */
const story = {
  get need() { return process.env.STORY_NEED; },
  get offer() { return process.env.STORY_OFFER; },
  get title() { return process.env.STORY_TITLE; },
};
mkdirSync(shots, { recursive: true });

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function openBrowser() {
  // The flags the machine needs: nothing may reach for Google's services on a closed network.
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A phone-sized window: the pages must work on the small screen most hromada staff carry. `state`:
 * the cookies an earlier step left, for a person who comes back later.
 */
async function newPage(browser, lang, state) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: lang === 'uk' ? 'uk-UA' : 'en-GB',
    storageState: state });
  const page = await context.newPage();
  // What the pages' Content-Security-Policy blocked, if anything (Keycloak's pages are its own).
  page.blocked = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && (message.location().url || '').startsWith(base)
        && /Content Security Policy|Refused to/.test(message.text())) {
      page.blocked.push(message.text());
    }
  });
  return page;
}

async function signIn(page) {
  await page.goto(`${base}/app`);
  await page.fill('#username', process.env.STORY_USER);
  await page.fill('#password', process.env.STORY_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/app**`), page.click('#kc-login')]);
}

async function switchTo(page, lang) {
  await Promise.all([page.waitForLoadState('load'), page.click(`header button[name=lang][value=${lang}]`)]);
  check(await page.getAttribute('html', 'lang') === lang, `the page did not switch to ${lang}`);
}

/** Screenshots of the page in both languages, ending in the language it was in. */
async function shoot(page, name) {
  const start = await page.getAttribute('html', 'lang');
  const other = start === 'uk' ? 'en' : 'uk';
  await page.screenshot({ path: `${shots}/${name}-${start}.png`, fullPage: true });
  await switchTo(page, other);
  await page.screenshot({ path: `${shots}/${name}-${other}.png`, fullPage: true });
  await switchTo(page, start);
  await accessible(page, name);
  check(page.blocked.length === 0, `the browser blocked on ${name}: ${page.blocked.join(' | ')}`);
}

/** Screenshots of the page in all four page languages, ending in the language it was in. */
async function shootEvery(page, name) {
  const start = await page.getAttribute('html', 'lang');
  for (const lang of ['uk', 'en', 'de', 'pl'].filter((l) => l !== start)) {
    await switchTo(page, lang);
    await page.screenshot({ path: `${shots}/${name}-${lang}.png`, fullPage: true });
  }
  await switchTo(page, start);
  await page.screenshot({ path: `${shots}/${name}-${start}.png`, fullPage: true });
  await accessible(page, name);
  check(page.blocked.length === 0, `the browser blocked on ${name}: ${page.blocked.join(' | ')}`);
}

/** WCAG basics a script can check: every control has a label, every image a text, one h1. */
async function accessible(page, name) {
  const problems = await page.evaluate(() => {
    const found = [];
    document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(control => {
      const labelled = control.labels?.length > 0 || control.getAttribute('aria-label') || control.closest('label');
      if (!labelled) found.push(`no label for ${control.name || control.id}`);
    });
    document.querySelectorAll('img:not([alt])').forEach(img => found.push(`no alt for ${img.src}`));
    if (document.querySelectorAll('h1').length !== 1) found.push('not exactly one h1');
    return found;
  });
  check(problems.length === 0, `${name}: ${problems.join('; ')}`);
}

async function bodyText(page) {
  return page.textContent('main');
}

const steps = {
  /** The public pages, signed out: the first page's weight, lists and the open data. */
  async public(browser) {
    const page = await newPage(browser, 'uk');
    let bytes = 0;
    page.on('response', async response => {
      try {
        bytes += (await response.body()).length + 300;
      } catch {
        // a redirect has no body
      }
    });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const firstPage = bytes;
    check(firstPage < 200 * 1024, `the first page weighs ${firstPage} bytes`);
    check((await page.getAttribute('html', 'lang')) === 'uk', 'a Ukrainian browser gets Ukrainian');
    await shoot(page, 'home');
    await page.goto(`${base}/needs`);
    await shoot(page, 'needs');
    await page.goto(`${base}/offers`);
    await shoot(page, 'offers');
    await page.goto(`${base}/partnerships`);
    check(await page.locator('a[href="/api/v1/partnerships/export.csv"]').count() === 1, 'the CSV export is linked');
    await shoot(page, 'partnerships');
    return { firstPageBytes: firstPage };
  },

  /** The hromada posts a need: first without a title (the error shows at the field), then whole. */
  async need(browser) {
    const page = await newPage(browser, 'uk');
    await signIn(page);
    await shoot(page, 'dashboard-hromada');
    await page.click('a[href="/app/needs/new"]');
    await shoot(page, 'need-form');
    await page.click('button[value=publish]');
    check(await page.locator('#title-error').count() === 1, 'an empty title is named next to the field');
    check(await page.locator('#error-summary').count() === 1, 'the errors are summed up at the top');
    await page.screenshot({ path: `${shots}/need-form-errors-uk.png`, fullPage: true });
    await page.fill('#titleUk', story.title);
    await page.fill('#titleEn', 'Restore the hospital boiler house');
    await page.selectOption('#sector', 'water-sanitation');
    await page.check('input[name=supportModes][value=technical-assistance]');
    await page.fill('#expertiseTags', 'water treatment, chlorination');
    await page.check('input[name=fundingProgrammes][value=ukraine-facility]');
    await page.selectOption('#urgency', 'CRITICAL');
    await page.fill('#budgetEur', 'a lot');
    await page.click('button[value=publish]');
    check(await page.locator('#budgetEur-error').count() === 1, 'a budget in words is named next to the field');
    check(await page.inputValue('#titleUk') === story.title, 'what was typed is still there');
    await accessible(page, 'need-form');
    await page.fill('#budgetEur', '250000');
    await Promise.all([page.waitForURL(/\/app\/needs\/[0-9a-f-]{36}$/), page.click('button[value=publish]')]);
    const need = page.url().split('/').pop();
    check((await bodyText(page)).includes(story.title), 'the saved need shows its title');
    await page.click(`a[href="/app/needs/${need}/edit"]`);
    check(await page.inputValue('#budgetEur') === '250000', 'the edit form holds what was saved');
    check(await page.isChecked('input[name=fundingProgrammes][value=ukraine-facility]'), 'and the programme chosen');
    await page.fill('#peopleServed', '12000');
    await Promise.all([page.waitForURL(`${base}/app/needs/${need}`), page.click('button[value=save]')]);
    check((await bodyText(page)).includes('12000'), 'the edit is saved');
    check(await page.locator('dl.facts a[href="http://data.europa.eu/eli/reg/2024/792/oj"]').count() === 1,
      'the need links the funding programme it names');
    await shoot(page, 'need');
    return { need };
  },

  /** The EU municipality posts an offer, in English. */
  async offer(browser) {
    const page = await newPage(browser, 'en');
    await signIn(page);
    await page.click('a[href="/app/offers/new"]');
    await shoot(page, 'offer-form');
    await page.fill('#titleEn', 'Water utility engineers for hospitals');
    await page.check('input[name=sectors][value=water-sanitation]');
    await page.check('input[name=supportModes][value=technical-assistance]');
    await page.fill('#expertiseTags', 'water treatment, chlorination');
    await page.fill('#capacity', '3');
    await Promise.all([page.waitForURL(/\/app\/offers\/[0-9a-f-]{36}$/), page.click('button[value=publish]')]);
    return { offer: page.url().split('/').pop() };
  },

  /** The municipality finds the proposal on its dashboard, reads why, and accepts. */
  async acceptOffer(browser) {
    const page = await newPage(browser, 'en');
    await signIn(page);
    const proposal = page.locator(`.proposal a[href="/app/matches/${process.env.STORY_MATCH}"]`);
    check(await proposal.count() === 1, 'the proposal waits on the dashboard');
    await shoot(page, 'dashboard-municipality');
    await proposal.click();
    check((await bodyText(page)).includes('Restore the hospital boiler house'), 'the match names the need');
    check(await page.locator('table.explanation tbody tr').count() >= 4, 'the score is explained criterion by criterion');
    await shoot(page, 'match');
    // The partner towns' languages too: the labels, and the reasons of the score.
    for (const [lang, word] of [['de', /Bedarf|Angebot/], ['pl', /potrzeb|ofert/]]) {
      await switchTo(page, lang);
      await page.screenshot({ path: `${shots}/match-${lang}.png`, fullPage: true });
      const reasons = await page.locator('table.explanation tbody td:last-child').allTextContents();
      check(reasons.some((reason) => word.test(reason)), `the reasons read in ${lang}: ${reasons.join(' | ')}`);
    }
    await switchTo(page, 'en');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/accept"] button')]);
    check(await page.locator('form[action$="/accept"]').count() === 0, 'once accepted, the answer is given');
    return {};
  },

  /** The hromada accepts too: the partnership begins; it records the first steps. */
  async acceptNeed(browser) {
    const page = await newPage(browser, 'uk');
    await signIn(page);
    await page.click(`.proposal a[href="/app/matches/${process.env.STORY_MATCH}"]`);
    const reasons = await page.locator('table.explanation tbody td:last-child').allTextContents();
    check(reasons.length >= 4 && reasons.every((reason) => /[а-щьюяєіїґ]/i.test(reason) && !/\b(the|offer|need)\b/.test(reason)),
      `every reason of the score is in Ukrainian: ${reasons.join(' | ')}`);
    await Promise.all([page.waitForURL(/\/app\/partnerships\//), page.click('form[action$="/accept"] button')]);
    const partnership = page.url().split('/').pop();
    await page.fill('#text', 'Перша онлайн-зустріч інженерів відбулася.');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/updates"] button')]);
    check((await bodyText(page)).includes('Перша онлайн-зустріч'), 'the progress update shows');
    await page.selectOption('#status', 'MOU_SIGNED');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/status"] button')]);
    check(await page.locator('.status-MOU_SIGNED').count() >= 1, 'the memorandum is recorded');
    // The first visit as a milestone, with the page that shows it: the memorandum is one already.
    await page.selectOption('#kind', 'FIRST_VISIT');
    await page.fill('#milestone-date', new Date().toISOString().slice(0, 10));
    await page.fill('#link', 'https://www.vmr.gov.ua/');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/milestones"] button')]);
    const milestones = await page.locator('section[aria-labelledby=milestones] ol li').allTextContents();
    check(milestones.length === 2 && milestones.some((m) => m.includes('Перший візит')),
      `the memorandum and the first visit are milestones: ${milestones.join(' | ')}`);
    check(await page.locator('section[aria-labelledby=parties] h3').count() === 2, 'both sides of the partnership are shown');
    // The hromada coordinates its side: it finds a neighbour in the register and invites it.
    await page.fill('#invite-q', 'Бершадська');
    await Promise.all([page.waitForLoadState('load'), page.click('section[aria-labelledby=invite] form[role=search] button')]);
    const invite = page.locator('section[aria-labelledby=invite] form[action$="/members"] button');
    check(await invite.count() >= 1, 'a verified hromada is found to invite');
    await Promise.all([page.waitForLoadState('load'), invite.first().click()]);
    check((await page.locator('section[aria-labelledby=parties] ul:not(.cards) li').allTextContents())
      .some((line) => line.includes('Бершадська')), 'the invitation is listed until it is answered, by the name the hromada knows');
    await shoot(page, 'partnership');
    await page.goto(`${base}/app`);
    check(await page.locator(`a[href="/app/partnerships/${partnership}"]`).count() === 1, 'the hromada sees it on its dashboard');
    return { partnership };
  },

  /** The neighbour joined: the hromada, coordinating its side, hands the coordination over to it. */
  async coordinate(browser) {
    const page = await newPage(browser, 'uk');
    await signIn(page);
    await page.goto(`${base}/app/partnerships/${process.env.STORY_PARTNERSHIP}`);
    const members = await page.locator('#handOverTo option').allTextContents();
    check(members.some((name) => name.includes('Бершадська')), `the neighbour is a member of the side: ${members.join(' | ')}`);
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/removal"] button')]);
    check(await page.locator('#removeReason-error').count() === 1, 'a removal without a reason is refused at the field');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/coordinator"] button')]);
    check(await page.locator('section[aria-labelledby=coordinate]').count() === 0, 'the hromada coordinates no more');
    const receiving = await page.locator('section[aria-labelledby=parties] ul.cards').first().locator('li').allTextContents();
    check(receiving.some((line) => line.includes('Бершадська') && line.includes('координатор')),
      `the neighbour coordinates the receiving side: ${receiving.join(' | ')}`);
    await shoot(page, 'partnership-coordinated');
    return {};
  },

  /**
   * A person with no authority yet finds their hromada in the register and claims it: first without
   * saying who they are (named at the field), then whole. Their cookies are kept for `joined`.
   */
  async join(browser) {
    const page = await newPage(browser, 'uk');
    await signIn(page);
    await shoot(page, 'dashboard-newcomer');
    await page.click('a[href="/app/join"]');
    await page.fill('#q', process.env.STORY_QUERY);
    await Promise.all([page.waitForLoadState('load'), page.click('form[role=search] button')]);
    const claimLink = page.locator(`a[href="/app/join/claim/${process.env.STORY_AUTHORITY}"]`);
    check(await claimLink.count() === 1, 'the hromada is found in the register by its name');
    await shoot(page, 'join-search');
    await claimLink.click();
    await shoot(page, 'claim-form');
    await page.click('button.primary');
    check(await page.locator('#function-error').count() === 1, 'a missing function is named next to the field');
    check(await page.locator('#officialEmail-error').count() === 1, 'missing evidence is named next to the field');
    await page.screenshot({ path: `${shots}/claim-form-errors-uk.png`, fullPage: true });
    await page.fill('#function', 'Секретар міської ради');
    await page.fill('#officialEmail', process.env.STORY_EMAIL);
    await page.fill('#note', 'Рада доручила мені міжнародне партнерство.');
    await Promise.all([page.waitForURL(`${base}/app/join?done=claimed`), page.click('button.primary')]);
    check(await page.locator('.claim .status-PENDING').count() === 1, 'the claim waits for a decision');
    const withdraw = await page.getAttribute('form[action^="/app/join/claims/"]', 'action');
    await shoot(page, 'join-claimed');
    await page.context().storageState({ path: `${shots}/../join-state.json` });
    return { claim: withdraw.split('/')[4] };
  },

  /** The platform admin opens the queue, reads the evidence and hints, tries to reject without a reason, approves. */
  async decide(browser) {
    const page = await newPage(browser, 'en');
    await signIn(page);
    await page.click('a[href="/app/claims"]');
    const claim = page.locator(`#claim-${process.env.STORY_CLAIM}`);
    check(await claim.count() === 1, 'the claim is in the queue');
    check((await claim.textContent()).includes('Секретар міської ради'), 'the queue shows the evidence');
    check(await claim.locator('ul.hints li').count() >= 2, 'the queue shows the hints');
    await shoot(page, 'claims');
    await claim.locator('button[value=reject]').click();
    await page.waitForSelector(`#claim-${process.env.STORY_CLAIM} #reason-error`, { timeout: 10000 })
      .catch(() => check(false, 'a rejection without a reason is named next to the field'));
    await Promise.all([page.waitForURL(`${base}/app/claims?done=claimApproved`),
      page.locator(`#claim-${process.env.STORY_CLAIM} button[value=approve]`).click()]);
    check(await page.locator(`#claim-${process.env.STORY_CLAIM}`).count() === 0, 'a decided claim leaves the queue');
    return {};
  },

  /** The person comes back with the sign-in from before the approval, continues, and acts for the hromada. */
  async joined(browser) {
    const page = await newPage(browser, 'uk', `${shots}/../join-state.json`);
    await page.goto(`${base}/app/join`);
    check(await page.locator('.claim .status-APPROVED').count() === 1, 'the claim shows approved');
    await shoot(page, 'join-approved');
    await Promise.all([page.waitForURL((url) => url.pathname === '/app'), page.click('form[action="/app/join/refresh"] button')]);
    check(await page.locator('a[href="/app/needs/new"]').count() === 1, 'the person can post a need at once');
    check((await page.textContent('h1')).includes(process.env.STORY_NAME), 'the dashboard is the hromada\'s');
    check(await page.locator('a[href="/app/join"]').count() === 0, 'nothing more to join');
    await shoot(page, 'dashboard-joined');
    return {};
  },

  /**
   * A hromada reads a German town's need, written in German, on a Ukrainian page (translated by
   * machine on request) and says "let's talk": first with nothing
   * written (named at the field), then in Ukrainian. The thread shows the message and its language.
   */
  async talk(browser) {
    const page = await newPage(browser, 'uk');
    await signIn(page);
    await page.goto(`${base}/needs/${story.need}`);
    check(await page.getAttribute('html', 'lang') === 'uk', 'the need page speaks Ukrainian');
    check(await page.locator('h1[lang=de]').count() === 1, 'the title is shown as written, marked German');
    check((await bodyText(page)).includes('Як написано, мовою: німецька'), 'the page says it is the German original');
    await Promise.all([page.waitForURL(/translate=true/), page.click('a[href^="?translate=true"]')]);
    const machine = await page.textContent('.machine');
    check(machine.includes(process.env.STORY_NEED_TRANSLATION), `the need in Ukrainian by machine: ${machine}`);
    check(machine.includes('Машинний переклад'), 'the translation says it is a machine\'s');
    await page.screenshot({ path: `${shots}/need-translated-uk.png`, fullPage: true });
    await Promise.all([page.waitForURL(/\/app\/conversations\/new/), page.click('a[href^="/app/conversations/new?kind=NEED"]')]);
    check(await page.inputValue('#language') === 'uk', 'the message language starts as the page language');
    await shootEvery(page, 'conversation-new');
    await page.click('form.message-form button.primary');
    check(await page.locator('#text-error').count() === 1, 'an empty message is named next to the field');
    await page.fill('#text', process.env.STORY_MESSAGE);
    await Promise.all([page.waitForURL(/\/app\/conversations\/[0-9a-f-]{36}$/), page.click('form.message-form button.primary')]);
    const conversation = page.url().split('/').pop();
    check((await bodyText(page)).includes(process.env.STORY_MESSAGE), 'the thread shows the message');
    check(await page.locator('.thread .text[lang=uk]').count() === 1, 'the message carries its language');
    return { conversation };
  },

  /** The town finds the unread conversation, answers in German, and proposes the partnership. */
  async answer(browser) {
    const page = await newPage(browser, 'en');
    await signIn(page);
    await page.goto(`${base}/app/conversations`);
    const row = page.locator(`a[href="/app/conversations/${process.env.STORY_CONVERSATION}"]`);
    check(await row.count() === 1, 'the conversation is listed');
    check((await page.textContent('table.list')).includes('1 unread'), 'its unread message is counted');
    await shoot(page, 'conversations');
    await row.click();
    check((await bodyText(page)).includes('written in Ukrainian'), 'the message names its language in the reader\'s');
    await page.fill('#text', process.env.STORY_ANSWER);
    await page.selectOption('#language', 'de');
    await Promise.all([page.waitForURL(/#latest$/), page.click('form.message-form button.primary')]);
    check(await page.locator('.thread .text[lang=de]').count() === 1, 'the answer is marked German');
    await page.selectOption('#needId', story.need);
    await page.selectOption('#offerId', story.offer);
    await Promise.all([page.waitForURL(/\/app\/matches\//), page.click('form[action$="/proposal"] button')]);
    const match = page.url().split('/').pop();
    check(await page.locator('form[action$="/accept"]').count() === 0, 'the proposing side has said yes already');
    return { match };
  },

  /** The hromada reads the answer (all four page languages), opens the proposal and agrees. */
  async agree(browser) {
    const page = await newPage(browser, 'uk');
    await signIn(page);
    await page.goto(`${base}/app/conversations/${process.env.STORY_CONVERSATION}`);
    check((await bodyText(page)).includes(process.env.STORY_ANSWER), 'the answer is there, as written');
    check((await bodyText(page)).includes('мова: німецька'), 'its language is named in Ukrainian');
    // A machine translation on request, marked as one, beside the original (the test's engine is a stand-in).
    await Promise.all([page.waitForURL(/translate=/), page.click('a[href*="?translate="]')]);
    const machine = await page.textContent('.machine');
    check(machine.includes(process.env.STORY_TRANSLATION), `the answer in Ukrainian by machine: ${machine}`);
    check(machine.includes('Машинний переклад'), 'the translation says it is a machine\'s');
    check((await bodyText(page)).includes(process.env.STORY_ANSWER), 'the original stays beside it');
    await page.screenshot({ path: `${shots}/conversation-translated-uk.png`, fullPage: true });
    await shootEvery(page, 'conversation');
    await Promise.all([page.waitForURL(/\/app\/matches\//), page.click('a.button[href^="/app/matches/"]')]);
    await Promise.all([page.waitForURL(/\/app\/partnerships\//), page.click('form[action$="/accept"] button')]);
    return { partnership: page.url().split('/').pop() };
  },

  /** Back as the municipality: the partnership is on its dashboard too, and in its inbox. */
  async partnershipSeen(browser) {
    const page = await newPage(browser, 'en');
    await signIn(page);
    check(await page.locator(`a[href="/app/partnerships/${process.env.STORY_PARTNERSHIP}"]`).count() === 1,
      'the municipality sees the partnership on its dashboard');
    await page.click('a[href="/app/inbox"]');
    await shoot(page, 'inbox');
    // The Alliance's view: the map drawn on the server, every oblast, nothing blocked by the page's CSP.
    await page.click('a[href="/alliance"]');
    check(await page.locator('figure.map svg[role=img] path').count() === 27, 'the map draws every oblast');
    check(await page.locator('figure.map a[href^="/needs?oblast="]').count() >= 24, 'each oblast leads to its needs');
    await shoot(page, 'alliance');
    return {};
  },
};

/** Runs step `name` with `env` as its STORY_* variables, and closes every window it opened. */
async function run(browser, name, env) {
  for (const key of Object.keys(process.env).filter((k) => k.startsWith('STORY_'))) {
    delete process.env[key];
  }
  Object.assign(process.env, env);
  try {
    check(steps[name], `no step ${name}`);
    return { result: await steps[name](browser) };
  } catch (error) {
    return { error: `${name}: ${error.message}` };
  } finally {
    await Promise.all(browser.contexts().map((context) => context.close()));
  }
}

const browser = await openBrowser();
try {
  for await (const line of createInterface({ input: process.stdin })) {
    const { step, env } = JSON.parse(line);
    console.log(JSON.stringify(await run(browser, step, env)));
  }
} finally {
  await browser.close();
}
