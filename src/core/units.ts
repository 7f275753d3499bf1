import { Decimal } from './decimal.js';

/**
 * Datasheet units, as the factor that turns a figure into tera-operations per second.
 * Datasheets count one multiply-accumulate as two operations, so the MAC units count double:
 * the technical note's "2 x MacTOPS" is then simply the operation rate.
 */
export const UNITS = {
  GOPS: { teraOpsFactor: '0.001', countsMacs: false },
  TOPS: { teraOpsFactor: '1', countsMacs: false },
  POPS: { teraOpsFactor: '1000', countsMacs: false },
  GFLOPS: { teraOpsFactor: '0.001', countsMacs: false },
  TFLOPS: { teraOpsFactor: '1', countsMacs: false },
  PFLOPS: { teraOpsFactor: '1000', countsMacs: false },
  GMACS: { teraOpsFactor: '0.002', countsMacs: true },
  TMACS: { teraOpsFactor: '2', countsMacs: true },
} as const;
export type Unit = keyof typeof UNITS;

/**
 * Bit length of the operation for each named format: the width of the inputs to the multiply.
 * TF32 is stored in 32 bits but multiplies 19 significant bits; the rule text does not say which
 * counts, so the engine uses the container width and says so (see `AMBIGUOUS_FORMATS`).
 */
export const FORMAT_BIT_LENGTHS = {
  FP64: 64,
  FP32: 32,
  TF32: 32,
  FP16: 16,
  BF16: 16,
  FP8: 8,
  FP6: 6,
  FP4: 4,
  INT32: 32,
  INT16: 16,
  INT8: 8,
  INT4: 4,
} as const;
export type Format = keyof typeof FORMAT_BIT_LENGTHS;

/** Formats whose bit length the rules leave open, with the other reading. */
export const AMBIGUOUS_FORMATS: Partial<Record<Format, { alternativeBitLength: number }>> = {
  TF32: { alternativeBitLength: 19 },
};

export function isUnit(unit: string): unit is Unit {
  return Object.hasOwn(UNITS, unit);
}

export function isFormat(format: string): format is Format {
  return Object.hasOwn(FORMAT_BIT_LENGTHS, format);
}

const FACTORS = new Map((Object.keys(UNITS) as Unit[]).map((unit) => [unit, new Decimal(UNITS[unit].teraOpsFactor)]));

const BIT_LENGTHS = new Map((Object.keys(FORMAT_BIT_LENGTHS) as Format[]).map((format) => [format, new Decimal(FORMAT_BIT_LENGTHS[format])]));

/** A named format's bit length, as a Decimal made once. */
export function bitLengthOf(format: Format): Decimal {
  return BIT_LENGTHS.get(format)!;
}

export function teraOpsFactor(unit: Unit): Decimal {
  return FACTORS.get(unit)!;
}
