import { captureFromDocument } from '../../utils/capture/index';
import { BENCH_PROFILE_URL, generateLinkedInPage } from '../data/linkedin-page';
import { median, timeRuns } from './stats';

export interface ExtractionFigures {
  figure: number;
  baseline: number;
  elements: number;
  name: string;
  samples: { figure: number[]; baseline: number[] };
}

/** Renders the page in a frame without scripts, so the extractor reads a laid-out document as on LinkedIn. */
async function renderedPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:1280px;height:900px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('the fixture frame has no document');
  return doc;
}

/**
 * The LinkedIn extraction (`captureFromDocument`, what the content script runs) on a 10,000-element profile
 * page, against the cheapest possible look at the same page: one `querySelectorAll('*')` walk reading each tag.
 */
export async function extraction(runs = 31): Promise<ExtractionFigures> {
  const page = generateLinkedInPage(10_000);
  const doc = await renderedPage(page.html);
  const elements = doc.querySelectorAll('*').length;
  const result = captureFromDocument(doc, BENCH_PROFILE_URL);
  if (result?.fields.name !== 'Haruka Nishimura')
    throw new Error(`extraction found ${JSON.stringify(result?.fields.name)}, not the profile's name`);
  let sink = 0;
  const walk = () => {
    for (const el of doc.querySelectorAll('*')) sink += el.tagName.length;
  };
  for (let i = 0; i < 3; i += 1) {
    captureFromDocument(doc, BENCH_PROFILE_URL);
    walk();
  }
  const figure = await timeRuns(runs, () => captureFromDocument(doc, BENCH_PROFILE_URL));
  const baseline = await timeRuns(runs, walk);
  if (sink === 0) throw new Error('the walk read nothing');
  return {
    figure: median(figure),
    baseline: median(baseline),
    elements,
    name: result.fields.name,
    samples: { figure, baseline },
  };
}
