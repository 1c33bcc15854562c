import type { TownHead } from '../../content/story-index';

/** What the picture needs of a neighbourhood: its id, name and outline. */
type Area = TownHead['neighbourhoods'][number];
import { uiText, type ViewDeps } from '../shared/view-deps';
import { s } from '../shared/svg';
import {
  canalPath,
  canalSamples,
  centroid,
  hashText,
  type Point,
  scatter,
  seeded,
} from './town-geometry';
import { FOOTPRINT, house, LANDMARKS, type LandmarkKind, TOWN, tree } from './town-landmarks';

/**
 * The title's hero: the town seen from above (its neighbourhoods with their names from the town
 * profile, the canal, the landmarks) with residents as dots that hear a rumour, believe or doubt
 * it and forget it again, in waves from the market square (title.css; still under reduced motion,
 * where the dots keep one moment of the wave). Drawn as SVG without Phaser, so the title is
 * interactive at once; it is a picture, so it has one text alternative.
 */

/** Which landmark goes where: by the neighbourhood's id or name, else the next one left. */
const PLACES: readonly { readonly kind: LandmarkKind; readonly match: RegExp }[] = [
  { kind: 'hall', match: /centr|center|stad|markt/i },
  { kind: 'church', match: /kerk|church|dom/i },
  { kind: 'sports', match: /park|sport/i },
  { kind: 'estate', match: /veld|nieuw|new|akker/i },
  { kind: 'harbour', match: /haven|harbour|kade/i },
  { kind: 'mill', match: /molen|mill/i },
];
/** Old neighbourhoods get dense brick roofs; the rest mixed roofs with more garden. */
const OLD = /centr|kerk|haven|oud|dorp|stad/i;

const WAVES = 10;
const DOTS_PER_AREA = 7;

interface Placed {
  readonly area: Area;
  readonly middle: Point;
  readonly kind?: LandmarkKind;
}

function placeLandmarks(areas: readonly Area[]): Placed[] {
  const kinds = new Map<string, LandmarkKind>();
  const used = new Set<LandmarkKind>();
  const free = (): Area[] => areas.filter((a) => !kinds.has(a.id));
  for (const { kind, match } of PLACES) {
    const found = free().find((a) => match.test(a.id) || match.test(a.name));
    if (found) {
      kinds.set(found.id, kind);
      used.add(kind);
    }
  }
  // Every town gets a town hall and a church, even when no neighbourhood's name says where.
  for (const kind of ['hall', 'church', 'sports', 'estate'] as const) {
    if (used.has(kind)) continue;
    const [next] = free();
    if (next === undefined) break;
    kinds.set(next.id, kind);
    used.add(kind);
  }
  return areas.map((area) => {
    const kind = kinds.get(area.id);
    return { area, middle: centroid(area.shape), ...(kind ? { kind } : {}) };
  });
}

/** Where a neighbourhood's landmark stands: a little below the middle, under the name. */
const landmarkAt = (p: Placed): Point => [p.middle[0], p.middle[1] + 28];
const labelAt = (p: Placed): Point => [p.middle[0], p.middle[1] - 62];

function areaHouses(p: Placed, canal: readonly Point[]): SVGElement[] {
  const old = OLD.test(p.area.id) || OLD.test(p.area.name);
  const [lx, ly] = landmarkAt(p);
  const [nx, ny] = labelAt(p);
  const foot = p.kind ? FOOTPRINT[p.kind] : ([0, 0] as const);
  const blocked = (q: Point): boolean =>
    (p.kind !== undefined &&
      Math.abs(q[0] - lx) < foot[0] + 18 &&
      Math.abs(q[1] - ly) < foot[1] + 16) ||
    (Math.abs(q[0] - nx) < 80 && Math.abs(q[1] - ny) < 26) ||
    canal.some((c) => Math.hypot(c[0] - q[0], c[1] - q[1]) < 26);
  const seed = hashText(p.area.id);
  const spots = scatter(p.area.shape, old ? 16 : 10, {
    seed,
    gap: old ? 34 : 44,
    margin: 20,
    blocked,
  });
  const random = seeded(seed + 1);
  const roofs: readonly string[] = old
    ? [TOWN.brick, TOWN.brickLight, '#8a3f33']
    : [TOWN.slate, TOWN.brick, '#6e7c89'];
  const trees = scatter(p.area.shape, old ? 2 : 5, {
    seed: seed + 2,
    gap: 30,
    margin: 16,
    blocked,
    taken: spots,
  });
  return [
    ...trees.map(([x, y]) => tree(x, y)),
    ...spots.map(([x, y]) => house(x, y, roofs[Math.floor(random() * roofs.length)] ?? TOWN.brick)),
  ];
}

/** The residents: dots in waves of distance from where the rumour starts. */
function residents(placed: readonly Placed[], source: Point): SVGElement[] {
  const spots = placed.flatMap((p) =>
    scatter(p.area.shape, DOTS_PER_AREA, {
      seed: hashText(p.area.id) + 7,
      gap: 40,
      margin: 18,
    }).map((q) => ({ q, id: p.area.id })),
  );
  const far = Math.max(1, ...spots.map(({ q }) => Math.hypot(q[0] - source[0], q[1] - source[1])));
  return spots.map(({ q }, i) => {
    const wave = Math.min(
      WAVES - 1,
      Math.floor((Math.hypot(q[0] - source[0], q[1] - source[1]) / far) * WAVES),
    );
    // About one in three ends up doubting; the rest come to believe it.
    const kind = i % 3 === 1 ? 'doubter' : 'believer';
    // Under reduced motion each dot keeps one moment: near the start believing or doubting,
    // further out heard of it, at the edge not yet.
    const still =
      wave < 4 ? (kind === 'doubter' ? 'doubting' : 'believing') : wave < 7 ? 'exposed' : 'unaware';
    return s('circle', {
      cx: q[0].toFixed(1),
      cy: q[1].toFixed(1),
      r: 9,
      class: `resident ${kind} wave-${String(wave)} is-${still}`,
    });
  });
}

/** The town of a world's profile, as a picture whose text alternative names its neighbourhoods. */
export function renderTownHero(areas: readonly Area[], label: string): SVGElement {
  const placed = placeLandmarks(areas);
  const hall = placed.find((p) => p.kind === 'hall') ?? placed[0];
  const source: Point = hall ? [hall.middle[0] - 44, hall.middle[1] + 44] : [500, 300];
  const canal = canalSamples();
  return s(
    'svg',
    {
      viewBox: '0 0 1000 600',
      class: 'town-hero',
      role: 'img',
      'aria-label': label,
      preserveAspectRatio: 'xMidYMid meet',
    },
    s('rect', { width: 1000, height: 600, fill: TOWN.grassDark, rx: 24 }),
    // Areas, with sand streets along their borders.
    ...placed.map((p, i) =>
      s('polygon', {
        points: p.area.shape.map((q) => q.join(',')).join(' '),
        fill: i % 2 === 0 ? TOWN.grass : '#c6dea6',
        stroke: TOWN.street,
        'stroke-width': 14,
        'stroke-linejoin': 'round',
      }),
    ),
    s('path', {
      d: canalPath(),
      fill: 'none',
      stroke: TOWN.waterEdge,
      'stroke-width': 30,
      'stroke-linecap': 'round',
    }),
    s('path', {
      d: canalPath(),
      fill: 'none',
      stroke: TOWN.water,
      'stroke-width': 22,
      'stroke-linecap': 'round',
    }),
    ...placed.flatMap((p) => areaHouses(p, canal)),
    ...placed.flatMap((p) => (p.kind ? [LANDMARKS[p.kind](...landmarkAt(p))] : [])),
    s('circle', { cx: source[0], cy: source[1], r: 26, class: 'rumour-pulse' }),
    ...residents(placed, source),
    ...placed.map((p) => {
      const [x, y] = labelAt(p);
      return s(
        'text',
        { x: x.toFixed(1), y: y.toFixed(1), class: 'town-label', 'text-anchor': 'middle' },
        p.area.name,
      );
    }),
  );
}

/** The town picture of the title and the kiosk's attract screen, labelled with the town and its neighbourhoods. */
export function renderTownPicture(
  deps: Pick<ViewDeps, 'i18n'>,
  town: Pick<TownHead, 'name' | 'neighbourhoods'>,
): SVGElement {
  return renderTownHero(town.neighbourhoods, townLabel(deps, town));
}

/**
 * The picture's text alternative: the town and its neighbourhoods ("A, B en C"). `quick` lists
 * them with commas only: the first Intl.ListFormat of a page loads its language data, up to
 * 170 ms on a slow machine, too long for the title's first frame.
 */
function townLabel(
  deps: Pick<ViewDeps, 'i18n'>,
  town: Pick<TownHead, 'name' | 'neighbourhoods'>,
  quick = false,
): string {
  const names = town.neighbourhoods.map((a) => a.name);
  const areas = quick
    ? names.join(', ')
    : new Intl.ListFormat(deps.i18n.language || 'nl', { type: 'conjunction' }).format(names);
  return uiText(deps, 'title.townPicture', { town: town.name, areas });
}

/**
 * The same picture, drawn when `later` calls back: its empty frame (same size, labelled) now, so
 * the title answers sooner and nothing moves when the town appears.
 */
export function renderTownPictureLater(
  deps: Pick<ViewDeps, 'i18n'>,
  town: Pick<TownHead, 'name' | 'neighbourhoods'>,
  later: (draw: () => void) => void,
): SVGElement {
  const picture = (): SVGElement => renderTownPicture(deps, town);
  const frame = s('svg', {
    viewBox: '0 0 1000 600',
    class: 'town-hero',
    role: 'img',
    // Until the picture replaces it, a frame later (with the full text).
    'aria-label': townLabel(deps, town, true),
    preserveAspectRatio: 'xMidYMid meet',
  });
  later(() => {
    // Unless another picture has taken the frame's place meanwhile (src/shell.ts).
    if (frame.parentNode !== null) frame.replaceWith(picture());
  });
  return frame;
}
