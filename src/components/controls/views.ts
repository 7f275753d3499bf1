/** The widget's views: the calculator, the comparison, the catalog and the training run. */
export const VIEWS = ['calculator', 'compare', 'catalog', 'training'] as const;
export type View = (typeof VIEWS)[number];

export const isView = (value: unknown): value is View => VIEWS.includes(value as View);
