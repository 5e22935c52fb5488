import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { unknownMetric } from '../../src/core/errors.js';
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
