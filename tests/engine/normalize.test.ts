import { describe, expect, it } from 'vitest';
import { fold, stem, tokenize } from '../../src/engine/normalize.js';

describe('fold', () => {
  it('unifies Arabic letter variants, harakat and tatweel', () => {
    expect(fold('أإآٱ')).toBe('اااا');
    expect(fold('مُجْمُوعَـــة')).toBe('مجموعه');
    expect(fold('مستشفى')).toBe('مستشفي');
    expect(fold('مؤتمر رئيس')).toBe('موتمر رييس');
  });
  it('turns Arabic-Indic and Persian digits into Latin ones', () => {
    expect(fold('٢٨ دولة')).toBe('28 دوله');
    expect(fold('۲۸')).toBe('28');
  });
  it('drops zero-width and bidi controls', () => {
    expect(fold('قر\u200Bقاش\u202E')).toBe('قرقاش');
  });
  it('folds English case, diacritics and possessives', () => {
    expect(fold("Götze's TITLE")).toBe('gotze title');
    expect(fold('Gargash’s job?')).toBe('gargash job');
  });
});

describe('stem', () => {
  it('strips Arabic clitics and suffixes', () => {
    expect(stem(fold('والمغرب'))).toBe('مغرب');
    expect(stem(fold('المشاركة'))).toBe(stem(fold('مشاركة')));
    expect(stem(fold('مجموعات'))).toBe(stem(fold('مجموعة')));
  });
  it('strips English inflections', () => {
    expect(stem('chaired')).toBe(stem('chair'));
    expect(stem('meetings')).toBe(stem('meeting'));
    expect(stem('organisations')).toBe(stem('organizations'));
  });
  it('leaves numbers alone', () => {
    expect(tokenize('28 states').map((t) => t.stem)).toEqual(['28', stem('state')]);
  });
});
