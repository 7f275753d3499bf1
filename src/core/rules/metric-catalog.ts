/**
 * The metrics a rule set may test, with how to show them and which input decides each one.
 * `phase: 'outcome'` metrics exist only after classification, for outcome conditions.
 */
export const METRIC_CATALOG = {
  tpp: { kind: 'number', label: 'TPP', unit: '', decimals: 0, input: 'throughput', inputLabel: 'the throughput figures', phase: 'classification' },
  performanceDensity: { kind: 'number', label: 'PD', unit: '', decimals: 2, input: 'dies', inputLabel: 'the die area', phase: 'classification' },
  applicableDieAreaMm2: { kind: 'number', label: 'applicable die area', unit: 'mm²', decimals: 0, input: 'dies', inputLabel: 'the die area', phase: 'classification' },
  interconnectGBps: { kind: 'number', label: 'bidirectional transfer rate', unit: 'GB/s', decimals: 0, input: 'interconnectGBps', inputLabel: 'the chip-to-chip transfer rate', phase: 'classification' },
  dramBandwidthGBps: { kind: 'number', label: 'total DRAM bandwidth', unit: 'GB/s', decimals: 0, input: 'dramBandwidthGBps', inputLabel: 'the total DRAM bandwidth', phase: 'classification' },
  memoryBandwidthDensity: { kind: 'number', label: 'memory bandwidth density', unit: 'GB/s/mm²', decimals: 2, input: 'hbmStack', inputLabel: 'the HBM stack bandwidth and area', phase: 'classification' },
  datacenter: { kind: 'boolean', label: 'designed or marketed for datacenters', unit: '', decimals: 0, input: 'datacenter', inputLabel: 'whether it is designed or marketed for datacenters', phase: 'classification' },
  controlled: { kind: 'boolean', label: 'controlled', unit: '', decimals: 0, input: null, inputLabel: 'the classification', phase: 'outcome' },
  classification: { kind: 'string', label: 'classification', unit: '', decimals: 0, input: null, inputLabel: 'the classification', phase: 'outcome' },
} as const;

export type MetricName = keyof typeof METRIC_CATALOG;
export type MetricInfo = (typeof METRIC_CATALOG)[MetricName];

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(METRIC_CATALOG, name);
}
