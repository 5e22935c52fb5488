import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { NetreachError, unknownMetric, type ErrorCode } from '../../src/core/errors.js';
import { msg } from '../../src/core/i18n.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';

const cinvu = validateDataset(CINVU);

describe('unknownMetric', () => {
  it("names the dataset's metrics after its sentence: ids, no words of a language", () => {
    const error = unknownMetric(cinvu, 'universities')!;
    expect(error.code).to.equal('unknown-metric');
    expect(error.message).to.equal('Unknown metric "universities" (countries, virtual-students, digital-universities)');
    // Right to left, the Latin list in an isolate, so that its brackets face the sentence's way.
    const persian = msg('fa', 'errorUnknownMetric', { metric: 'universities' });
    expect(error.localized('fa')).to.equal(`${persian} (\u2068countries, virtual-students, digital-universities\u2069)`);
  });

  it('is no error for the member count, a metric of the dataset, or none asked for', () => {
    for (const metric of ['countries', 'virtual-students', '', undefined]) expect(unknownMetric(cinvu, metric)).to.equal(undefined);
  });
});

describe('NetreachError', () => {
  // Each code's key is worked out from the code (`too-large` → errorTooLarge), no longer listed: every code says its
  // own sentence, in English and in another language, never a key or another code's words.
  const CODES: Record<ErrorCode, string> = {
    http: 'Could not load data.json: HTTP 404',
    'not-json': 'data.json is not JSON',
    invalid: 'The data is not valid: bad',
    version: 'Unsupported dataset: bad',
    timeout: 'Loading data.json took too long',
    'too-large': 'data.json is larger than bad',
    network: 'Could not reach data.json',
    'unknown-metric': 'Unknown metric "m"',
    provider: 'No <netreach-data id="bad"> on this page',
    'unknown-dataset': 'Unknown dataset "bad"',
    geometry: 'Could not load the world map',
    chunk: 'Could not load. Reload the page to try again.',
    unknown: 'Something went wrong: bad',
  };

  it("says each code's own sentence", () => {
    const params = { url: 'data.json', status: 404, metric: 'm', detail: 'bad' };
    for (const [code, english] of Object.entries(CODES) as [ErrorCode, string][]) {
      const error = new NetreachError(code, params);
      expect(error.message, code).to.equal(english);
      const key = `error${code.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
      expect(error.localized('fr'), code).to.equal(msg('fr', key as 'errorHttp', { ...params, status: '404' }));
      expect(error.localized('fr'), code).to.not.equal(english);
    }
  });
});
