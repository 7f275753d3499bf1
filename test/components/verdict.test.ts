import { expect, html } from '@open-wc/testing';
import { find, findAll, mount, text, verdict } from './helpers.js';

describe('<compute-threshold-calculator>: the verdict for known chips', () => {
  it('reads "Controlled: 3A090.a" for the H100, with the controlled icon', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.a \(3A090\.a\.1/);
    const block = find(el, '[part="verdict"]');
    expect(block.classList.contains('controlled')).to.equal(true);
    expect(block.querySelector('.verdict-icon svg')).to.exist;
  });

  it('reads "Controlled: 3A090.b" for the L40', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-l40"></compute-threshold-calculator>`);
    expect(verdict(el)).to.match(/^Controlled: 3A090\.b \(/);
    expect(verdict(el)).not.to.contain('3A090.a');
  });

  it('reads "Not controlled" for the H20 and names the nearest line, 32 TPP short of 3A090.b.1', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    expect(verdict(el)).to.match(/^Not controlled/);
    const nearest = text(find(el, '[part="boundaries"] li.nearest'));
    expect(nearest).to.contain('TPP at 2,400');
    expect(nearest).to.contain('+32');
    expect(nearest).to.contain('+1.35%');
    expect(nearest).to.contain('controlled as 3A090.b');
  });

  it('reads "Not controlled: Note 2 to 3A090 applies" for the RTX 4090 D, a consumer card under TPP 4,800', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-rtx-4090d"></compute-threshold-calculator>`);
    expect(verdict(el)).to.equal('Not controlled: Note 2 to 3A090 applies');
  });

  it('reads "Cannot tell without the die area" for a datacenter chip of TPP 3,000 with no die area, and offers the field', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = { datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] };
    await el.updateComplete;
    expect(verdict(el)).to.equal('Cannot tell without the die area');
    expect(text(find(el, '[part="verdict"]'))).to.contain('It could be 3A090.a or 3A090.b.');
    const decide = find<HTMLButtonElement>(el, '.decide button');
    expect(text(decide)).to.equal('the die area');
    decide.click();
    expect(el.shadowRoot!.activeElement?.id).to.match(/-area$/);
  });

  it('shows TPP and PD with their formulas and marks the figure that decides TPP', async () => {
    const el = await mount(html`<compute-threshold-calculator></compute-threshold-calculator>`);
    el.spec = {
      datacenter: true,
      throughput: [
        { format: 'FP16', value: '989.4', unit: 'TFLOPS' },
        { format: 'FP8', value: '3958', unit: 'TFLOPS', sparse: true },
        { format: 'INT8', value: '1900', unit: 'TOPS' },
      ],
      dies: [{ areaMm2: '814' }],
    };
    await el.updateComplete;
    const metrics = find(el, '[part="metrics"]');
    expect(text(metrics.querySelector('#tpp-value'))).to.equal('15,832');
    expect(text(metrics)).to.contain('= 1,979 dense tera-operations/s × 8 bits (FP8)');
    expect(text(metrics.querySelector('#pd-value'))).to.equal('19.45');
    expect(text(metrics)).to.contain('= TPP 15,832 ÷ 814 mm²');
    const deciding = findAll(el, '.entries li.decides');
    expect(deciding).to.have.length(1);
    expect(text(deciding[0])).to.match(/^FP8 3,958 TFLOPS \(sparse, halved\) → 1,979 × 8 bits = 15,832 decides TPP$/);
  });

  it('lists every clause, note and consequence with value, requirement, met and margin', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h20"></compute-threshold-calculator>`);
    const table = find(el, '[part="clause-table"]');
    const heads = findAll(el, '.item-head').map(text);
    expect(heads.some((h) => h.startsWith('Clause 3A090.a.1') && h.includes('does not hold'))).to.equal(true);
    expect(heads.some((h) => h.startsWith('Note note-2') && h.includes('does not apply'))).to.equal(true);
    const b1 = [...table.querySelectorAll('tbody')].find((b) => text(b.querySelector('.item-id')) === '3A090.b.1')!;
    const firstCondition = [...b1.querySelectorAll('tr.condition')][0]!;
    expect([...firstCondition.querySelectorAll('td')].map(text)).to.deep.equal(['TPP', '2,368', '≥ 2,400', 'no', '−32 (−1.33%)']);
    // "Met" is said in words and with an icon, never by colour alone.
    expect(firstCondition.querySelector('td.state svg')).to.exist;
  });

  it('names the consequences that apply under the January 2026 overlay', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5" rule-set="bis-china-review-2026"></compute-threshold-calculator>`);
    expect(text(find(el, '.consequences'))).to.contain('Case-by-case review for China and Macau');
  });

  it('shows the engine\'s explanation, its warnings, the citation with http(s) links only, collapsed caveats and "Not legal advice"', async () => {
    const el = await mount(html`<compute-threshold-calculator chip="nvidia-h100-sxm5"></compute-threshold-calculator>`);
    expect(findAll(el, '.explanation li').map(text)).to.include('Controlled: 3A090.a (3A090.a.1, 3A090.a.2).');
    expect(text(find(el, '[part="warnings"]'))).to.contain('marked sparse and halved');
    const citation = text(find(el, '[part="citation"]'));
    expect(citation).to.contain('88 FR 73458');
    expect(citation).to.contain('effective Nov 17, 2023');
    const links = findAll<HTMLAnchorElement>(el, 'a');
    expect(links.length).to.be.greaterThan(1);
    for (const a of links) {
      expect(a.href).to.match(/^https?:\/\//);
      expect(a.rel).to.contain('noopener');
    }
    expect(find<HTMLDetailsElement>(el, '.caveats').open).to.equal(false);
    expect(text(find(el, '.legal'))).to.match(/^Not legal advice\./);
  });
});
