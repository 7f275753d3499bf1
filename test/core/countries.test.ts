import { expect } from '@open-wc/testing';
import memberships from '../../src/data/country-groups.json';
import texts from '../../src/data/country-group-notes.json';
import { COUNTRY_GROUPS, groupsOf, inGroup, isCountryCode } from '../../src/core/countries.js';
import { countryGroups, countryNotes, validateCountryGroups } from '../../src/core/country-notes.js';

/** The two files as one object, as validateCountryGroups reads them. */
const data = { ...memberships, ...texts };

describe('country groups as data (issue 15.2)', () => {
  it('the files are sound: ISO codes, every group with members, evidence and sources', () => {
    expect(validateCountryGroups(data)).to.deep.equal([]);
    expect(countryGroups.countries.length).to.equal(250);
    for (const g of COUNTRY_GROUPS) expect(countryGroups.groups[g].sources.length, g).to.be.greaterThan(0);
    expect(Object.fromEntries(COUNTRY_GROUPS.map((g) => [g, countryGroups.groups[g].evidence]))).to.deep.equal({
      'D:1': 'unverified', 'D:4': 'unverified', 'D:5': 'secondary', 'A:5': 'secondary', 'A:6': 'unverified',
    });
  });

  it('names what is wrong with broken data', () => {
    expect(validateCountryGroups(null)).to.deep.equal(['the file must be an object']);
    const broken = structuredClone(data) as Record<string, unknown> & typeof data;
    broken.countries = [...data.countries, 'US', 'usa'];
    broken.members['D:5'].push('ZZ');
    (broken.groups['A:6'] as Record<string, unknown>).evidence = 'rumour';
    broken.groups['D:1'].sources = [{ title: 'x', url: 'javascript:alert(1)' }];
    delete (broken.groups as Record<string, unknown>)['D:4'];
    delete (broken.members as Record<string, unknown>)['D:4'];
    broken.treatedAs.HK = 'XX';
    (broken.treatedAsNotes as Record<string, unknown>).MO = data.treatedAsNotes.HK;
    (broken.macauNote as Record<string, unknown>).sources = [];
    expect(validateCountryGroups(broken)).to.deep.equal([
      'countries must be a list of ISO 3166-1 alpha-2 codes',
      'countries lists a code twice',
      'groups["D:1"].sources[0] needs a title and an http(s) url',
      'members["D:4"] must be a non-empty list',
      'groups["D:4"] is missing',
      'members["D:5"]: ZZ is not a listed country',
      'groups["A:6"].evidence must be one of primary, quoted, secondary, unverified',
      'treatedAs["HK"]: XX is not a listed country',
      'treatedAsNotes: MO is not in treatedAs',
      'macauNote.sources must be a non-empty list',
    ]);
  });

  it('reads memberships: Hong Kong as China, Macau beside D:5, Cambodia out of D:5 since February 2026', () => {
    expect(isCountryCode('DE')).to.equal(true);
    expect(isCountryCode('de')).to.equal(false);
    expect(groupsOf('HK')).to.deep.equal(groupsOf('CN'));
    expect(inGroup('MO', 'D:5')).to.equal(false);
    expect(inGroup('KH', 'D:5')).to.equal(false);
    expect(countryNotes('KH').map((n) => n.group)).to.deep.equal(['D:5']);
    expect(countryNotes('HK')[0]!.group).to.equal(null);
    expect(countryNotes('DE')).to.deep.equal([]);
  });
});
