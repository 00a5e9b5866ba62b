// Opens a tutorial notebook in a running Jupyter Notebook (classic, 6.x) in headless Chromium, runs
// all its cells with the notebook's own menu (Cell > Run All), waits until the kernel is idle and
// every code cell has run, then checks what a reader would see: no error output, the per-thread
// table of %%threads (an HTML table with a row per thread) and the %%timeline picture (an SVG with
// a lane per thread). Saves a screenshot of the whole page, and one of each checked output.
//
// Usage: node run_tutorial.mjs --url http://127.0.0.1:PORT --token TOKEN --notebook NAME.ipynb
//            --out DIR [--kernel weft] [--threads part-0,part-1] [--browser /usr/bin/chromium]
//            [--timeout-s 240]
// Exit status 0 when every check passed, 1 when one failed, 2 on bad arguments. The last line says
// "browser: N passed, N failed".

import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// Debian's Chromium, as the tests run it: no GPU, no network of its own, nothing from a profile.
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function options() {
    const { values } = parseArgs({
        options: {
            url: { type: "string" }, token: { type: "string" }, notebook: { type: "string" },
            out: { type: "string" }, kernel: { type: "string", default: "weft" },
            threads: { type: "string", default: "MainThread,part-0,part-1,part-2,part-3" },
            browser: { type: "string", default: "/usr/bin/chromium" },
            "timeout-s": { type: "string", default: "240" },
        },
    });
    for (const required of ["url", "token", "notebook", "out"]) {
        if (!values[required]) {
            console.error(`run_tutorial: --${required} is required`);
            process.exit(2);
        }
    }
    return { ...values, threads: values.threads.split(","), timeoutMs: 1000 * Number(values["timeout-s"]) };
}

const results = { passed: 0, failed: 0 };

async function check(name, body) {
    try {
        await body();
        results.passed++;
        console.log(`ok: ${name}`);
    } catch (error) {
        results.failed++;
        console.log(`FAILED: ${name}: ${error.message}`);
    }
}

function expect(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

/** Opens the notebook and waits until its kernel (the one its metadata names) is started and idle. */
async function openNotebook(page, opts) {
    const url = `${opts.url}/notebooks/${encodeURIComponent(opts.notebook)}?token=${opts.token}`;
    await page.goto(url, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => window.Jupyter?.notebook?.kernel?.is_connected?.()
        && document.querySelector("#kernel_indicator_icon.kernel_idle_icon") !== null, null,
        { timeout: opts.timeoutMs, polling: 250 });
}

/** Cell > Run All from the menu bar, as a person would, then waits for every code cell to finish. */
async function runAll(page, opts) {
    await page.click("#celllink");
    await page.click("#run_all_cells > a");
    await page.waitForFunction(() => {
        const cells = window.Jupyter.notebook.get_cells().filter((cell) => cell.cell_type === "code"
            && cell.get_text().trim() !== "");
        const finished = cells.every((cell) => typeof cell.input_prompt_number === "number");
        return finished && document.querySelector("#kernel_indicator_icon.kernel_idle_icon") !== null;
    }, null, { timeout: opts.timeoutMs, polling: 500 });
}

async function checkPage(page, opts) {
    await check(`the notebook runs on the kernel ${opts.kernel}`, async () => {
        const name = await page.evaluate(() => window.Jupyter.notebook.kernel.name);
        expect(name === opts.kernel, `kernel ${name}`);
    });
    await check("no cell shows an error", async () => {
        const errors = await page.locator(".output_error, .output_stderr").allInnerTexts();
        expect(errors.length === 0, `${errors.length} error output(s):\n${errors.join("\n---\n").slice(0, 3000)}`);
    });
    await check("%%threads shows its table, one row per thread", async () => {
        const table = await firstShowingAll(page.locator(".output_html table.weft-threads"),
            "tbody tr td:first-child", opts.threads);
        const header = await table.locator("thead th").allInnerTexts();
        expect(header.some((h) => /CPU/.test(h)) && header.some((h) => /wall/.test(h)), `header ${header}`);
        await table.screenshot({ path: join(opts.out, "threads-table.png") });
    });
    await check("%%timeline shows its SVG, one lane per thread", async () => {
        const svg = await firstShowingAll(page.locator(".output_svg svg"), "text", opts.threads);
        const bars = await svg.locator("rect").count();
        const box = await svg.boundingBox();
        expect(bars > opts.threads.length && box.width > 100 && box.height > 50,
            `${bars} rects in a ${box.width}x${box.height} box`);
        await svg.screenshot({ path: join(opts.out, "timeline.png") });
    });
}

/**
 * The first of the outputs matched by `outputs` in which the texts of the `labels` elements include
 * every thread name: a notebook shows several tables and timelines, and only some run all threads.
 */
async function firstShowingAll(outputs, labels, threads) {
    await outputs.first().waitFor({ state: "visible", timeout: 10_000 });
    const seen = [];
    for (const output of await outputs.all()) {
        const texts = (await output.locator(labels).allTextContents()).map((text) => text.trim());
        if (threads.every((thread) => texts.includes(thread))) {
            await output.scrollIntoViewIfNeeded();
            return output;
        }
        seen.push(`[${texts.join(", ")}]`);
    }
    throw new Error(`none of ${seen.length} shows ${threads.join(", ")}; they show ${seen.join(" ")}`);
}

/**
 * The classic notebook scrolls inside its own panel, so a "full page" screenshot shows one screen:
 * make the window as tall as the notebook first (within what Chromium can capture).
 */
async function screenshotWhole(page, path) {
    const height = await page.evaluate(() => {
        const container = document.querySelector("#notebook-container");
        return container ? container.scrollHeight + 250 : document.body.scrollHeight;
    });
    await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 900), 16_000) });
    await page.screenshot({ path, fullPage: true });
}

async function main() {
    const opts = options();
    mkdirSync(opts.out, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), "weft-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: opts.browser, headless: true, args: CHROMIUM_FLAGS,
        viewport: { width: 1280, height: 900 },
    });
    try {
        const page = context.pages()[0] ?? await context.newPage();
        page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
        const started = Date.now();
        await openNotebook(page, opts);
        console.log(`browser: ${opts.notebook} open, kernel idle after ${((Date.now() - started) / 1000).toFixed(1)} s`);
        await runAll(page, opts);
        console.log(`browser: all cells ran after ${((Date.now() - started) / 1000).toFixed(1)} s`);
        await checkPage(page, opts);
    } catch (error) {
        results.failed++;
        console.log(`FAILED: ${error.message}`);
    }
    try {
        await screenshotWhole(context.pages()[0], join(opts.out, "notebook.png"));
        console.log(`browser: screenshots in ${opts.out}`);
    } catch (error) {
        console.log(`browser: no screenshot: ${error.message}`);
    } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
    }
    console.log(`browser: ${results.passed} passed, ${results.failed} failed`);
    process.exit(results.failed === 0 ? 0 : 1);
}

await main();
