import { describe, expect, it } from 'vitest';
import { domOutline } from './domBox';

function style(props: Record<string, string>): CSSStyleDeclaration {
  return { ...props, getPropertyValue: (name: string) => props[name] ?? '' } as never;
}

const card = { x: 10, y: 20, width: 100, height: 50 };

describe('domOutline', () => {
  it('draws an outline around the box, grown by its offset, with its style and colour', () => {
    const box = domOutline(
      style({
        outlineWidth: '2px',
        outlineStyle: 'dashed',
        outlineColor: 'rgb(220, 38, 38)',
        outlineOffset: '2px',
        'border-top-left-radius': '8px',
      }),
      card,
      0.7,
    );
    expect(box).toMatchObject({ x: 6, y: 16, width: 108, height: 58, opacity: 0.7 });
    expect(box?.sides.every((s) => s.style === 'dashed' && s.width === 2)).toBe(true);
    expect(box?.sides[0].color).toBe('rgb(220, 38, 38)');
    // Rounded corners stay rounded around the offset; square ones stay square.
    expect(box?.corners[0]).toEqual({ rx: 12, ry: 12 });
    expect(box?.corners[1]).toEqual({ rx: 0, ry: 0 });
  });

  it('draws nothing without a visible outline', () => {
    const none = { outlineWidth: '3px', outlineColor: 'rgb(0, 0, 0)', outlineOffset: '0px' };
    expect(domOutline(style({ ...none, outlineStyle: 'none' }), card, 1)).toBeNull();
    expect(
      domOutline(style({ ...none, outlineStyle: 'solid', outlineWidth: '0px' }), card, 1),
    ).toBeNull();
    expect(
      domOutline(
        style({ ...none, outlineStyle: 'solid', outlineColor: 'rgba(0, 0, 0, 0)' }),
        card,
        1,
      ),
    ).toBeNull();
  });
});
