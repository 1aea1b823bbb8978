"""Pictures and logos for the demo site, drawn with Pillow (no download).

``landscape(seed, …, scene=…, season=…)`` draws one of the SCENES (a harbour, a forest,
a sewing room, a kitchen …) in one of the SEASONS and says in words what it drew: the
text is the image's description, so alt text and captions can say what is there.
Without a scene the seed picks one, so every seed gives a picture of its own.

``logo(name, seed, mark=…)`` sets an organisation's name as a word-mark: its words in a
typeface, a colour and a small emblem of their own (demo/content/logos.yaml), drawn as
vector shapes and TrueType outlines and rasterised, at twice the size, to a PNG with a
transparent background.
"""

import io
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

FONT_DIR = Path(__file__).parent / "fonts"
# Everything is drawn at twice the size and scaled down: smooth edges for shapes.
SUPERSAMPLE = 2

# The typefaces of the word-marks (all DejaVu, demo/fonts/LICENSE-DejaVu.txt).
FACES = {
    "sans": "DejaVuSans.ttf",
    "sans-bold": "DejaVuSans-Bold.ttf",
    "sans-light": "DejaVuSans-ExtraLight.ttf",
    "serif-bold": "DejaVuSerif-Bold.ttf",
}

# The light and colours of a season (or of an evening), and how a caption says it.
SEASONS = {
    "spring": {
        "sky": ("#86c1ea", "#eaf5fb"),
        "sun": "#fff6d5",
        "cloud": "#ffffff",
        "ground": "#8cc46c",
        "far": "#b3d596",
        "hills": "#7aa979",
        "leaves": ["#8cc65f", "#a8d46f", "#f3c1d5", "#74b350"],
        "conifer": "#2f6b45",
        "water": "#4b8ec0",
        "wave": "#d6e9f4",
        "fields": ["#a8d17a", "#90c063", "#c9dd98", "#b9a37a"],
        "path": "#c9b48e",
        "snow": False,
        "bare": False,
        "lit": False,
        "phrase": "on a spring day",
        "view": "spring blossom outside the window",
    },
    "summer": {
        "sky": ("#4f9fdb", "#cfe7f7"),
        "sun": "#fff2b8",
        "cloud": "#ffffff",
        "ground": "#5f9d40",
        "far": "#8fbd5f",
        "hills": "#5f8f58",
        "leaves": ["#3f7f2f", "#4f9237", "#2f6b2a", "#68a33f"],
        "conifer": "#24553a",
        "water": "#2c76aa",
        "wave": "#cfe6f4",
        "fields": ["#e8c95b", "#d9b64a", "#7fb04e", "#efd77a"],
        "path": "#d8c08f",
        "snow": False,
        "bare": False,
        "lit": False,
        "phrase": "on a summer afternoon",
        "view": "green summer trees outside the window",
    },
    "autumn": {
        "sky": ("#8aa4bd", "#e6e1d6"),
        "sun": "#fbe3b0",
        "cloud": "#f2f0ea",
        "ground": "#8d8a44",
        "far": "#b39a5c",
        "hills": "#7d7448",
        "leaves": ["#d2691e", "#c0392b", "#e2a232", "#9a5b2a", "#e07b39"],
        "conifer": "#2e4f3a",
        "water": "#3b6683",
        "wave": "#c9d7e0",
        "fields": ["#a7834f", "#c49a5a", "#8c7a3e", "#b8a36a"],
        "path": "#a88a63",
        "snow": False,
        "bare": False,
        "lit": False,
        "phrase": "on an autumn day",
        "view": "autumn leaves outside the window",
    },
    "winter": {
        "sky": ("#aebfd6", "#f2f5f9"),
        "sun": "#fdf6e6",
        "cloud": "#f7f9fb",
        "ground": "#f3f6f9",
        "far": "#dde5ee",
        "hills": "#c9d5e2",
        "leaves": ["#7d6b5d"],
        "conifer": "#2b4a3b",
        "water": "#5b7a93",
        "wave": "#dce7ef",
        "fields": ["#f5f7fa", "#e8eef4", "#eef2f6", "#e1e8ef"],
        "path": "#d4dbe3",
        "snow": True,
        "bare": True,
        "lit": False,
        "phrase": "on a snowy winter day",
        "view": "snow outside the window",
    },
    "evening": {
        "sky": ("#2d3c6b", "#f2a76a"),
        "sun": "#ffb46b",
        "cloud": "#8c7aa6",
        "ground": "#3d5838",
        "far": "#566247",
        "hills": "#454e45",
        "leaves": ["#2f4a2c", "#3b5733", "#26402a"],
        "conifer": "#1f3328",
        "water": "#35466d",
        "wave": "#e8a276",
        "fields": ["#5b6a3c", "#6a6a3a", "#4f5e38", "#7a6d45"],
        "path": "#7d6e5c",
        "snow": False,
        "bare": False,
        "lit": True,
        "phrase": "at dusk",
        "view": "dusk outside the window, the lamps lit",
    },
}

FACADES = ["#c8553d", "#f3efe6", "#e3b23c", "#8c2f39", "#5b7fa6", "#7fa46a", "#d9a5b3"]
ROOFS = ["#3b3b46", "#6b3a2e", "#4a5a6a", "#2f3b33"]
WALLS = ["#f1e6d2", "#e4ecef", "#efe1e1", "#e6ecd9", "#f4ead5", "#dfe3ee"]
FLOORS = ["#a97c50", "#8c6a4f", "#b99a74", "#7d7f86", "#9c6b48"]
CLOTHES = ["#c8553d", "#2f5d8a", "#e3b23c", "#5b8c5a", "#8c2f39", "#6c4f8c", "#2f7f7a"]
SKIN = ["#f1c9a5", "#d9a07a", "#a86f4c", "#7b4b32", "#f6d7bd"]
BOOKS = ["#c8553d", "#2f5d8a", "#e3b23c", "#5b8c5a", "#8c2f39", "#6c4f8c", "#e8e2d0"]


def font(size, bold=False, face=None):
    """A DejaVu font shipped with the demo, at a size."""
    name = FACES[face] if face else FACES["sans-bold" if bold else "sans"]
    return ImageFont.truetype(str(FONT_DIR / name), size)


def rgb(colour):
    return Image.new("RGB", (1, 1), colour).getpixel((0, 0))


def mix(colour, other, amount):
    """colour moved towards other by amount (0..1)."""
    a, b = rgb(colour), rgb(other)
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))


def shade(colour, amount):
    """Darker (amount > 0) or lighter (amount < 0)."""
    return (
        mix(colour, "#000000", amount)
        if amount > 0
        else mix(colour, "#ffffff", -amount)
    )


class Canvas:
    """An image being drawn at SUPERSAMPLE times its size, in fractions of its width
    and height, with the season's colours and the picture's random numbers."""

    def __init__(self, width, height, rng, season):
        self.w, self.h = width * SUPERSAMPLE, height * SUPERSAMPLE
        self.size = (width, height)
        self.image = Image.new("RGB", (self.w, self.h), "#ffffff")
        self.draw = ImageDraw.Draw(self.image)
        self.rng = rng
        self.season = season
        self.s = SEASONS[season]

    def u(self, value):
        """A length in pixels of a 1600 pixel wide picture."""
        return max(1, round(value * self.w / 1600))

    def gradient(self, box, top, bottom):
        x0, y0, x1, y1 = (round(v) for v in box)
        for y in range(y0, y1):
            self.draw.line(
                [(x0, y), (x1, y)],
                fill=mix(top, bottom, (y - y0) / max(y1 - y0 - 1, 1)),
            )

    def finished(self, quality=82):
        image = self.image.resize(self.size, Image.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, optimize=True)
        return buffer.getvalue()


# Building blocks -----------------------------------------------------------------


def sky(c, horizon, clouds=True):
    top, bottom = c.s["sky"]
    c.gradient((0, 0, c.w, horizon + 2), top, bottom)
    r = c.u(c.rng.randint(42, 70))
    if c.s["lit"]:
        sx, sy = c.rng.uniform(0.15, 0.85) * c.w, horizon - r * 0.6
        c.draw.ellipse(
            [sx - r * 1.6, sy - r * 1.6, sx + r * 1.6, sy + r * 1.6],
            fill=mix(c.s["sun"], bottom, 0.55),
        )
    else:
        sx, sy = c.rng.uniform(0.1, 0.9) * c.w, horizon * c.rng.uniform(0.2, 0.35)
    c.draw.ellipse([sx - r, sy - r, sx + r, sy + r], fill=c.s["sun"])
    if clouds:
        for _ in range(c.rng.randint(2, 4)):
            cloud(c, c.rng.uniform(0, 1) * c.w, c.rng.uniform(0.08, 0.4) * horizon)


def cloud(c, x, y):
    colour = c.s["cloud"]
    size = c.u(c.rng.randint(40, 70))
    for dx, dy, k in (
        (-1.2, 0.2, 0.8),
        (0, 0, 1.1),
        (1.1, 0.25, 0.85),
        (0.4, 0.35, 0.9),
    ):
        r = size * k
        cx, cy = x + dx * size, y + dy * size
        c.draw.ellipse(
            [cx - r * 1.3, cy - r * 0.7, cx + r * 1.3, cy + r * 0.7], fill=colour
        )


def ridge(c, base, amplitude, colour, waves=3):
    """A smooth line of hills across the picture, filled below down to the bottom."""
    p1, p2 = c.rng.uniform(0, 6.3), c.rng.uniform(0, 6.3)
    f1, f2 = c.rng.uniform(1.5, 3.0) * waves / 3, c.rng.uniform(4, 7)
    points = []
    for i in range(0, 101):
        t = i / 100
        lift = 0.65 * math.sin(t * f1 * math.pi + p1) + 0.35 * math.sin(
            t * f2 * math.pi + p2
        )
        points.append((t * c.w, base - amplitude * (0.5 + 0.5 * lift)))
    c.draw.polygon([*points, (c.w, c.h), (0, c.h)], fill=colour)


def conifer(c, x, base, height, colour=None):
    colour = colour or c.s["conifer"]
    width = height * 0.42
    c.draw.rectangle(
        [x - width * 0.06, base - height * 0.12, x + width * 0.06, base], fill="#5a4334"
    )
    for i in range(3):
        top = base - height + i * height * 0.25
        bottom = top + height * 0.45
        half = width * (0.28 + i * 0.11)
        c.draw.polygon([(x, top), (x - half, bottom), (x + half, bottom)], fill=colour)
        if c.s["snow"]:
            c.draw.polygon(
                [
                    (x, top),
                    (x - half * 0.45, top + height * 0.18),
                    (x + half * 0.45, top + height * 0.18),
                ],
                fill="#f5f8fb",
            )


def leafy_tree(c, x, base, height, birch=False):
    trunk = "#ece8e0" if birch else "#6b4f3a"
    tw = height * (0.035 if birch else 0.05)
    c.draw.rectangle([x - tw, base - height * 0.55, x + tw, base], fill=trunk)
    if birch:
        for i in range(4):
            y = base - height * (0.1 + 0.1 * i)
            c.draw.line([(x - tw, y), (x + tw * 0.2, y)], fill="#3b3b3b", width=c.u(3))
    if c.s["bare"]:
        for side in (-1, 1):
            for k in (0.45, 0.62, 0.78):
                y = base - height * k
                c.draw.line(
                    [(x, y), (x + side * height * 0.22, y - height * 0.16)],
                    fill=trunk if birch else "#5b4332",
                    width=c.u(4),
                )
        if c.s["snow"]:
            c.draw.ellipse(
                [
                    x - height * 0.05,
                    base - height * 0.58,
                    x + height * 0.05,
                    base - height * 0.54,
                ],
                fill="#ffffff",
            )
        return
    colours = c.s["leaves"]
    crown_y = base - height * 0.68
    for k in range(5):
        r = height * c.rng.uniform(0.16, 0.24)
        cx = x + c.rng.uniform(-0.14, 0.14) * height
        cy = crown_y + c.rng.uniform(-0.14, 0.1) * height
        # Spring trees are in blossom: every other cluster pink.
        colour = "#f3c1d5" if c.season == "spring" and k % 2 else c.rng.choice(colours)
        c.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)


def windows_fill(c):
    return "#ffd47a" if c.s["lit"] else "#bcd3e0"


def house(c, x, base, width, height, wall=None, roof=None, door=True):
    """A gabled house from the front: walls from x to x + width standing on base."""
    wall = wall or c.rng.choice(FACADES)
    roof = roof or c.rng.choice(ROOFS)
    c.draw.rectangle([x, base - height, x + width, base], fill=wall)
    overhang = width * 0.08
    ridge_y = base - height - width * 0.42
    c.draw.polygon(
        [
            (x - overhang, base - height),
            (x + width / 2, ridge_y),
            (x + width + overhang, base - height),
        ],
        fill=roof,
    )
    if c.s["snow"]:
        c.draw.polygon(
            [
                (x + width * 0.1, base - height - width * 0.08),
                (x + width / 2, ridge_y),
                (x + width * 0.9, base - height - width * 0.08),
            ],
            fill="#f7f9fb",
        )
    trim = "#f7f3ea" if wall not in ("#f3efe6",) else "#9aa3a8"
    for k in (0.18, 0.62):
        wx = x + width * k
        wy = base - height * 0.75
        c.draw.rectangle([wx, wy, wx + width * 0.2, wy + height * 0.3], fill=trim)
        c.draw.rectangle(
            [
                wx + width * 0.02,
                wy + height * 0.03,
                wx + width * 0.18,
                wy + height * 0.27,
            ],
            fill=windows_fill(c),
        )
    if door:
        c.draw.rectangle(
            [x + width * 0.42, base - height * 0.42, x + width * 0.58, base],
            fill=shade(wall, 0.45),
        )


def person(c, x, base, height, facing_away=False):
    coat = c.rng.choice(CLOTHES)
    skin = c.rng.choice(SKIN)
    hair = c.rng.choice(["#3b2a20", "#6b4a2e", "#c9a66b", "#2b2b2b", "#9a9a9a"])
    w = height * 0.32
    c.draw.rounded_rectangle(
        [x - w / 2, base - height * 0.72, x + w / 2, base], radius=w * 0.4, fill=coat
    )
    r = height * 0.13
    hy = base - height * 0.84
    c.draw.ellipse([x - r, hy - r, x + r, hy + r], fill=hair if facing_away else skin)
    if not facing_away:
        c.draw.chord([x - r, hy - r, x + r, hy + r], 180, 360, fill=hair)


def window(c, box, frame="#ffffff"):
    """A window onto the season: sky, a ground line and a tree or two."""
    x0, y0, x1, y1 = box
    top, bottom = c.s["sky"]
    c.gradient((x0, y0, x1, y1), top, bottom)
    ground_y = y0 + (y1 - y0) * 0.7
    c.draw.rectangle([x0, ground_y, x1, y1], fill=c.s["ground"])
    # A leafy tree shows the season (blossom, green, autumn leaves, bare); a conifer
    # may stand beside it.
    spots = [0.3, 0.7] if c.rng.random() < 0.5 else [0.7, 0.3]
    leafy_tree(
        c, x0 + (x1 - x0) * spots[0], ground_y + (y1 - y0) * 0.05, (y1 - y0) * 0.62
    )
    if c.rng.random() < 0.6:
        conifer(
            c, x0 + (x1 - x0) * spots[1], ground_y + (y1 - y0) * 0.05, (y1 - y0) * 0.55
        )
    if c.s["snow"]:
        for _ in range(40):
            fx, fy = c.rng.uniform(x0, x1), c.rng.uniform(y0, y1)
            r = c.u(3)
            c.draw.ellipse([fx - r, fy - r, fx + r, fy + r], fill="#ffffff")
    bar = c.u(10)
    c.draw.rectangle([x0 - bar, y0 - bar, x1 + bar, y1 + bar], outline=frame, width=bar)
    c.draw.line([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)], fill=frame, width=bar)
    c.draw.line([(x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2)], fill=frame, width=bar)


def room(c, floor_at=0.72):
    """Back wall, floor and skirting of an interior; returns the floor line."""
    wall = c.rng.choice(WALLS)
    if c.s["lit"]:
        wall = shade(wall, 0.12)
    floor_y = c.h * floor_at
    c.draw.rectangle([0, 0, c.w, floor_y], fill=wall)
    c.draw.rectangle([0, floor_y, c.w, c.h], fill=c.rng.choice(FLOORS))
    for i in range(1, 9):
        y = floor_y + (c.h - floor_y) * (i / 9) ** 1.4
        c.draw.line(
            [(0, y), (c.w, y)], fill=shade(c.rng.choice(FLOORS), 0.15), width=c.u(2)
        )
    c.draw.rectangle([0, floor_y - c.u(14), c.w, floor_y], fill=shade(wall, 0.2))
    return floor_y, wall


def lamp(c, x, y, colour="#3b3b46"):
    c.draw.line([(x, 0), (x, y)], fill="#555555", width=c.u(3))
    r = c.u(34)
    c.draw.pieslice([x - r, y - r * 0.6, x + r, y + r * 1.2], 180, 360, fill=colour)
    glow = "#ffe7a3" if c.s["lit"] else "#fff4d0"
    c.draw.ellipse([x - r * 0.35, y + r * 0.05, x + r * 0.35, y + r * 0.45], fill=glow)


def table(c, x0, x1, top, legs_to, colour="#8c6a4f"):
    c.draw.rectangle([x0, top, x1, top + c.u(18)], fill=colour)
    for lx in (x0 + c.u(14), x1 - c.u(28)):
        c.draw.rectangle(
            [lx, top + c.u(18), lx + c.u(14), legs_to], fill=shade(colour, 0.25)
        )


def chair(c, x, base, height, colour, back_left=True):
    seat = base - height * 0.45
    c.draw.rectangle([x, seat, x + height * 0.45, seat + c.u(10)], fill=colour)
    bx = x if back_left else x + height * 0.45 - c.u(10)
    c.draw.rectangle([bx, base - height, bx + c.u(10), seat], fill=colour)
    for lx in (x, x + height * 0.45 - c.u(8)):
        c.draw.rectangle([lx, seat, lx + c.u(8), base], fill=shade(colour, 0.2))


# Outdoor scenes: each draws and returns what it drew, in words -----------------------


def scene_harbour(c):
    horizon = c.h * c.rng.uniform(0.42, 0.5)
    sky(c, horizon)
    ridge(c, horizon, c.h * 0.05, c.s["hills"])
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["water"])
    for _ in range(60):
        wx, wy = c.rng.uniform(0, c.w), c.rng.uniform(horizon + c.u(10), c.h)
        c.draw.line(
            [(wx, wy), (wx + c.u(c.rng.randint(20, 60)), wy)],
            fill=c.s["wave"],
            width=c.u(3),
        )
    if c.s["snow"]:
        for _ in range(8):
            ix, iy = c.rng.uniform(0, c.w), c.rng.uniform(horizon + c.u(30), c.h * 0.8)
            c.draw.polygon(
                [
                    (ix, iy),
                    (ix + c.u(90), iy - c.u(8)),
                    (ix + c.u(140), iy + c.u(10)),
                    (ix + c.u(30), iy + c.u(16)),
                ],
                fill="#e9f0f5",
            )
    quay = c.h * 0.78
    c.draw.rectangle(
        [0, quay, c.w, c.h], fill="#8d8f93" if not c.s["snow"] else "#e8edf2"
    )
    c.draw.rectangle([0, quay, c.w, quay + c.u(16)], fill="#6d7075")
    stores = c.rng.randint(3, 4)
    for i in range(stores):
        width = c.w * c.rng.uniform(0.1, 0.13)
        x = c.w * (0.5 + i * 0.13) + c.rng.uniform(-0.01, 0.01) * c.w
        house(c, x, quay, width, c.h * c.rng.uniform(0.16, 0.22), door=True)
    boats = c.rng.randint(2, 4)
    hulls = ["#c8553d", "#2f5d8a", "#f3efe6", "#e3b23c", "#3d6b4f"]
    for i in range(boats):
        bx = c.w * (0.05 + i * 0.11) + c.rng.uniform(0, 0.03) * c.w
        by = quay - c.u(6) + c.rng.uniform(-0.02, 0.0) * c.h
        length = c.u(c.rng.randint(150, 210))
        hull = c.rng.choice(hulls)
        c.draw.polygon(
            [
                (bx, by - c.u(40)),
                (bx + length, by - c.u(40)),
                (bx + length * 0.85, by),
                (bx + length * 0.12, by),
            ],
            fill=hull,
        )
        c.draw.rectangle(
            [bx + length * 0.25, by - c.u(85), bx + length * 0.55, by - c.u(40)],
            fill="#f3efe6",
        )
        c.draw.rectangle(
            [bx + length * 0.3, by - c.u(75), bx + length * 0.38, by - c.u(55)],
            fill=windows_fill(c),
        )
        c.draw.line(
            [(bx + length * 0.7, by - c.u(40)), (bx + length * 0.7, by - c.u(190))],
            fill="#3b3b46",
            width=c.u(5),
        )
    for i in range(6):
        px = c.w * (0.04 + i * 0.08)
        c.draw.rectangle(
            [px, quay - c.u(4), px + c.u(14), quay + c.u(30)], fill="#4a4a4a"
        )
    for k in range(c.rng.randint(2, 4)):
        cx = c.w * (0.1 + k * 0.07)
        cy = c.h * 0.9
        c.draw.rectangle(
            [cx, cy - c.u(50), cx + c.u(60), cy],
            fill="#9c7a55",
            outline="#6b5237",
            width=c.u(4),
        )
    for _ in range(c.rng.randint(1, 3)):
        person(
            c,
            c.w * c.rng.uniform(0.35, 0.48),
            c.h * c.rng.uniform(0.9, 0.97),
            c.h * 0.16,
        )
    return f"{boats} fishing boats moored at a stone quay in front of {stores} harbour houses"


def scene_coast(c):
    horizon = c.h * c.rng.uniform(0.45, 0.52)
    sky(c, horizon)
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["water"])
    for _ in range(45):
        wx, wy = c.rng.uniform(0, c.w), c.rng.uniform(horizon + c.u(8), c.h * 0.75)
        c.draw.arc(
            [wx, wy, wx + c.u(60), wy + c.u(18)],
            200,
            340,
            fill=c.s["wave"],
            width=c.u(3),
        )
    sand = "#f1f4f7" if c.s["snow"] else ("#8a7d63" if c.s["lit"] else "#e4d2a4")
    c.draw.polygon(
        [
            (0, c.h * 0.72),
            (c.w * 0.45, c.h * 0.8),
            (c.w, c.h * 0.7),
            (c.w, c.h),
            (0, c.h),
        ],
        fill=sand,
    )
    for _ in range(14):
        sx, sy = c.rng.uniform(0, c.w), c.rng.uniform(0.8, 0.97) * c.h
        r = c.u(c.rng.randint(14, 34))
        c.draw.ellipse([sx - r, sy - r * 0.6, sx + r, sy + r * 0.6], fill="#8a8f94")
    grass = "#b3a36a" if not c.s["snow"] else "#c9c3a4"
    for _ in range(60):
        gx, gy = c.rng.uniform(0, c.w), c.rng.uniform(0.74, 0.95) * c.h
        c.draw.line(
            [(gx, gy), (gx + c.u(c.rng.randint(-12, 12)), gy - c.u(38))],
            fill=grass,
            width=c.u(3),
        )
    lx = c.w * c.rng.uniform(0.62, 0.82)
    base = c.h * 0.72
    c.draw.polygon(
        [
            (lx - c.u(90), base + c.u(20)),
            (lx - c.u(40), base - c.u(30)),
            (lx + c.u(60), base - c.u(30)),
            (lx + c.u(110), base + c.u(20)),
        ],
        fill="#6f7377",
    )
    top = base - c.h * 0.42
    c.draw.polygon(
        [
            (lx - c.u(42), base - c.u(30)),
            (lx - c.u(26), top),
            (lx + c.u(36), top),
            (lx + c.u(52), base - c.u(30)),
        ],
        fill="#f7f5ef",
    )
    band = c.rng.choice(["#c8553d", "#2f5d8a", "#2f6b45"])
    for k in (0.25, 0.6):
        y = base - c.u(30) - (base - c.u(30) - top) * k
        c.draw.rectangle(
            [lx - c.u(40), y - c.u(22), lx + c.u(48), y + c.u(22)], fill=band
        )
    c.draw.rectangle([lx - c.u(34), top - c.u(56), lx + c.u(44), top], fill="#3b3b46")
    c.draw.rectangle(
        [lx - c.u(24), top - c.u(48), lx + c.u(34), top - c.u(8)],
        fill="#ffe08a" if c.s["lit"] else "#cfe3ec",
    )
    c.draw.polygon(
        [
            (lx - c.u(42), top - c.u(56)),
            (lx + c.u(5), top - c.u(100)),
            (lx + c.u(52), top - c.u(56)),
        ],
        fill=band,
    )
    ice = " with ice along the shore" if c.s["snow"] else ""
    return f"a lighthouse with {c.rng.choice(['red', 'striped'])} bands above a stony beach{ice}"


def scene_forest(c):
    horizon = c.h * c.rng.uniform(0.45, 0.55)
    sky(c, horizon)
    ridge(c, horizon, c.h * 0.08, c.s["far"])
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["ground"])
    for i in range(30):
        conifer(
            c,
            c.w * i / 29 + c.rng.uniform(-20, 20),
            horizon + c.u(10),
            c.h * c.rng.uniform(0.12, 0.18),
            shade(c.s["conifer"], -0.15),
        )
    mid = c.w * c.rng.uniform(0.35, 0.65)
    c.draw.polygon(
        [
            (mid - c.u(20), horizon + c.u(12)),
            (mid + c.u(20), horizon + c.u(12)),
            (mid + c.w * 0.2, c.h),
            (mid - c.w * 0.14, c.h),
        ],
        fill=c.s["path"],
    )
    trees = []
    for _ in range(22):
        x = c.rng.uniform(0, c.w)
        if abs(x - mid) < c.w * 0.12:
            continue
        trees.append((c.rng.uniform(0.6, 1.0), x))
    birches = 0
    for depth, x in sorted(trees):
        base = horizon + (c.h - horizon) * depth * 0.9
        height = c.h * 0.45 * depth
        if c.rng.random() < 0.35:
            leafy_tree(c, x, base, height, birch=True)
            birches += 1
        else:
            conifer(c, x, base, height)
    cabin = ""
    if c.rng.random() < 0.5:
        house(c, mid + c.w * 0.08, horizon + c.u(40), c.u(90), c.u(60), wall="#c8553d")
        cabin = " past a red cabin"
    kinds = "pines and birches" if birches else "pines and spruces"
    return f"a path through a forest of {kinds}{cabin}"


def scene_lake(c):
    horizon = c.h * c.rng.uniform(0.45, 0.52)
    sky(c, horizon)
    for i in range(40):
        conifer(
            c,
            c.w * i / 39 + c.rng.uniform(-10, 10),
            horizon + c.u(4),
            c.h * c.rng.uniform(0.1, 0.17),
        )
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["water"])
    if c.s["snow"]:
        c.draw.rectangle([0, horizon, c.w, c.h], fill="#dbe6ee")
    for _ in range(50):
        wx, wy = c.rng.uniform(0, c.w), c.rng.uniform(horizon + c.u(10), c.h)
        c.draw.line(
            [(wx, wy), (wx + c.u(c.rng.randint(20, 70)), wy)],
            fill=c.s["wave"],
            width=c.u(2),
        )
    shore = c.h * 0.74
    c.draw.polygon(
        [(0, shore), (c.w * 0.42, shore + c.u(20)), (c.w * 0.5, c.h), (0, c.h)],
        fill=c.s["ground"],
    )
    hx = c.w * 0.08
    house(
        c,
        hx,
        shore + c.u(10),
        c.w * 0.16,
        c.h * 0.17,
        wall=c.rng.choice(["#c8553d", "#8c2f39", "#e3b23c"]),
    )
    jetty_y = shore + c.u(50)
    c.draw.rectangle(
        [c.w * 0.3, jetty_y, c.w * 0.62, jetty_y + c.u(16)], fill="#9c7a55"
    )
    for k in range(5):
        px = c.w * (0.33 + k * 0.07)
        c.draw.rectangle(
            [px, jetty_y + c.u(16), px + c.u(8), jetty_y + c.u(60)], fill="#6b5237"
        )
    boat = ""
    if not c.s["snow"]:
        bx = c.w * 0.66
        c.draw.polygon(
            [
                (bx, jetty_y + c.u(30)),
                (bx + c.u(160), jetty_y + c.u(30)),
                (bx + c.u(130), jetty_y + c.u(60)),
                (bx + c.u(25), jetty_y + c.u(60)),
            ],
            fill="#f3efe6",
        )
        boat = " and a rowing boat"
    for k in range(3):
        leafy_tree(c, c.w * (0.02 + 0.1 * k), shore + c.u(90), c.h * 0.3, birch=k == 1)
    frozen = "frozen " if c.s["snow"] else ""
    return f"a wooden house with a jetty{boat} on a {frozen}forest lake"


def scene_farm(c):
    horizon = c.h * c.rng.uniform(0.42, 0.5)
    sky(c, horizon)
    ridge(c, horizon, c.h * 0.07, c.s["far"])
    bands = 5
    for i in range(bands):
        top = horizon + (c.h - horizon) * (i / bands) ** 1.3
        c.draw.rectangle([0, top, c.w, c.h], fill=c.s["fields"][i % len(c.s["fields"])])
        for k in range(0, 24):
            x = c.w * k / 23
            c.draw.line(
                [(x, top), (x + (x - c.w / 2) * 0.2, top + c.u(30) * (i + 1))],
                fill=shade(c.s["fields"][i % len(c.s["fields"])], 0.08),
                width=c.u(2),
            )
    base = horizon + (c.h - horizon) * 0.35
    fx = c.w * c.rng.uniform(0.12, 0.3)
    house(c, fx, base, c.w * 0.15, c.h * 0.14, wall="#b8432f", roof="#3b3b46")
    bx = fx + c.w * 0.22
    bw, bh = c.w * 0.22, c.h * 0.16
    barn = c.rng.choice(["#8c2f39", "#c8553d", "#6b6f76"])
    c.draw.rectangle([bx, base - bh, bx + bw, base], fill=barn)
    c.draw.polygon(
        [
            (bx - c.u(10), base - bh),
            (bx + bw * 0.2, base - bh * 1.6),
            (bx + bw * 0.8, base - bh * 1.6),
            (bx + bw + c.u(10), base - bh),
        ],
        fill="#3b3b46",
    )
    c.draw.rectangle(
        [bx + bw * 0.35, base - bh * 0.7, bx + bw * 0.65, base], fill="#f3efe6"
    )
    c.draw.line(
        [(bx + bw * 0.35, base - bh * 0.7), (bx + bw * 0.65, base)],
        fill=barn,
        width=c.u(8),
    )
    c.draw.line(
        [(bx + bw * 0.65, base - bh * 0.7), (bx + bw * 0.35, base)],
        fill=barn,
        width=c.u(8),
    )
    extra = ""
    if c.season in ("autumn", "summer"):
        for k in range(c.rng.randint(4, 7)):
            hx = c.w * (0.55 + k * 0.06)
            hy = c.h * c.rng.uniform(0.78, 0.92)
            r = c.u(34)
            c.draw.ellipse([hx - r, hy - r, hx + r, hy + r], fill="#d9c27a")
            c.draw.ellipse(
                [hx - r * 0.5, hy - r * 0.5, hx + r * 0.5, hy + r * 0.5], fill="#c4aa5f"
            )
        extra = " and hay bales"
    leafy_tree(c, c.w * 0.9, base + c.u(30), c.h * 0.32)
    return f"a red farmhouse and a barn among fields{extra}"


def scene_village(c):
    horizon = c.h * c.rng.uniform(0.45, 0.5)
    sky(c, horizon)
    ridge(c, horizon, c.h * 0.06, c.s["far"])
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["ground"])
    vx = c.w * c.rng.uniform(0.45, 0.55)
    road = "#e9edf1" if c.s["snow"] else "#8f8f8f"
    c.draw.polygon(
        [
            (vx - c.u(16), horizon),
            (vx + c.u(16), horizon),
            (c.w * 0.78, c.h),
            (c.w * 0.22, c.h),
        ],
        fill=road,
    )
    cx = vx - c.u(35)
    c.draw.rectangle([cx, horizon - c.h * 0.12, cx + c.u(70), horizon], fill="#f3efe6")
    c.draw.polygon(
        [
            (cx - c.u(6), horizon - c.h * 0.12),
            (cx + c.u(35), horizon - c.h * 0.26),
            (cx + c.u(76), horizon - c.h * 0.12),
        ],
        fill="#3b3b46",
    )
    c.draw.line(
        [(cx + c.u(35), horizon - c.h * 0.26), (cx + c.u(35), horizon - c.h * 0.3)],
        fill="#3b3b46",
        width=c.u(4),
    )
    c.draw.line(
        [(cx + c.u(25), horizon - c.h * 0.285), (cx + c.u(45), horizon - c.h * 0.285)],
        fill="#3b3b46",
        width=c.u(4),
    )
    for side in (-1, 1):
        for k in range(3):
            depth = 0.3 + k * 0.3
            y = horizon + (c.h - horizon) * depth * 0.7
            size = c.w * 0.08 * (0.6 + depth)
            x = (
                vx
                + side * (c.w * 0.08 + (c.w * 0.3) * depth)
                - (size if side < 0 else 0)
            )
            house(c, x, y, size, size * 0.7)
    sx = c.w * 0.66
    base = c.h * 0.9
    c.draw.rectangle(
        [sx, base - c.h * 0.2, sx + c.w * 0.14, base - c.h * 0.18], fill="#3b4a5a"
    )
    c.draw.rectangle([sx, base - c.h * 0.2, sx + c.u(10), base], fill="#3b4a5a")
    c.draw.rectangle(
        [sx + c.w * 0.14 - c.u(10), base - c.h * 0.2, sx + c.w * 0.14, base],
        fill="#3b4a5a",
    )
    c.draw.rectangle(
        [sx + c.u(14), base - c.h * 0.17, sx + c.w * 0.14 - c.u(14), base - c.u(60)],
        fill=(205, 226, 236),
    )
    c.draw.rectangle(
        [sx + c.u(20), base - c.u(50), sx + c.w * 0.14 - c.u(20), base - c.u(40)],
        fill="#7a5a3a",
    )
    c.draw.line(
        [(sx - c.u(40), base), (sx - c.u(40), base - c.h * 0.26)],
        fill="#555555",
        width=c.u(6),
    )
    c.draw.ellipse(
        [sx - c.u(70), base - c.h * 0.3, sx - c.u(10), base - c.h * 0.3 + c.u(60)],
        fill="#e3b23c",
    )
    people = c.rng.randint(1, 2)
    for k in range(people):
        person(c, sx + c.u(60) + k * c.u(70), base, c.h * 0.16)
    return "a village street with a white church and people waiting at a bus stop"


def scene_square(c):
    ground = c.h * 0.7
    sky(c, ground)
    x = -c.u(20)
    houses = 0
    while x < c.w:
        width = c.w * c.rng.uniform(0.1, 0.14)
        height = c.h * c.rng.uniform(0.3, 0.42)
        wall = c.rng.choice(FACADES)
        c.draw.rectangle([x, ground - height, x + width, ground], fill=wall)
        steps = 3
        for s in range(steps):
            inset = width * 0.12 * (s + 1)
            c.draw.rectangle(
                [
                    x + inset,
                    ground - height - c.u(34) * (s + 1),
                    x + width - inset,
                    ground - height - c.u(34) * s,
                ],
                fill=wall,
            )
        if c.s["snow"]:
            c.draw.rectangle(
                [x, ground - height - c.u(6), x + width, ground - height],
                fill="#ffffff",
            )
        for row in range(3):
            for col in range(3):
                wx = x + width * (0.14 + col * 0.28)
                wy = ground - height + height * (0.12 + row * 0.26)
                c.draw.rectangle(
                    [wx, wy, wx + width * 0.16, wy + height * 0.14],
                    fill=windows_fill(c),
                )
        x += width + c.u(6)
        houses += 1
    c.draw.rectangle(
        [0, ground, c.w, c.h], fill="#b8b1a6" if not c.s["snow"] else "#eef2f5"
    )
    for _ in range(260):
        px, py = c.rng.uniform(0, c.w), c.rng.uniform(ground + c.u(6), c.h)
        r = c.u(5)
        c.draw.ellipse([px - r * 1.6, py - r, px + r * 1.6, py + r], fill="#9e978c")
    stalls = c.rng.randint(2, 3)
    awnings = [("#c8553d", "#f7f3ea"), ("#2f5d8a", "#f7f3ea"), ("#5b8c5a", "#f7f3ea")]
    for i in range(stalls):
        sx = c.w * (0.12 + i * 0.3) + c.rng.uniform(0, 0.05) * c.w
        sw, base = c.w * 0.17, c.h * 0.93
        a, b = awnings[i % len(awnings)]
        stripes = 6
        for k in range(stripes):
            c.draw.rectangle(
                [
                    sx + sw * k / stripes,
                    base - c.h * 0.24,
                    sx + sw * (k + 1) / stripes,
                    base - c.h * 0.18,
                ],
                fill=a if k % 2 == 0 else b,
            )
        c.draw.rectangle(
            [sx, base - c.h * 0.1, sx + sw, base - c.h * 0.06], fill="#9c7a55"
        )
        for k in range(5):
            r = c.u(14)
            fx = sx + sw * (0.15 + k * 0.17)
            c.draw.ellipse(
                [fx - r, base - c.h * 0.1 - r * 1.6, fx + r, base - c.h * 0.1],
                fill=c.rng.choice(["#e3b23c", "#c8553d", "#7fa46a", "#e07b39"]),
            )
        for lx in (sx, sx + sw - c.u(10)):
            c.draw.rectangle(
                [lx, base - c.h * 0.18, lx + c.u(10), base], fill="#6b5237"
            )
    for _ in range(c.rng.randint(3, 5)):
        person(
            c,
            c.rng.uniform(0.05, 0.95) * c.w,
            c.h * c.rng.uniform(0.94, 0.99),
            c.h * 0.18,
        )
    return f"a town square with {houses} gabled houses and {stalls} market stalls"


def scene_garden(c):
    horizon = c.h * 0.42
    sky(c, horizon)
    ridge(c, horizon, c.h * 0.05, c.s["far"])
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["ground"])
    gx, gy = c.w * c.rng.uniform(0.55, 0.68), horizon + c.h * 0.2
    gw, gh = c.w * 0.28, c.h * 0.2
    c.draw.rectangle([gx, gy - gh, gx + gw, gy], fill="#d6e8ee")
    c.draw.polygon(
        [
            (gx - c.u(8), gy - gh),
            (gx + gw / 2, gy - gh - c.h * 0.1),
            (gx + gw + c.u(8), gy - gh),
        ],
        fill="#c4dde6",
    )
    for k in range(7):
        lx = gx + gw * k / 6
        c.draw.line([(lx, gy - gh), (lx, gy)], fill="#ffffff", width=c.u(5))
    c.draw.line(
        [(gx + gw / 2, gy - gh - c.h * 0.1), (gx + gw / 2, gy)],
        fill="#ffffff",
        width=c.u(5),
    )
    for k in range(22):
        fx = c.w * k / 21
        c.draw.rectangle(
            [fx, horizon + c.h * 0.06, fx + c.u(12), horizon + c.h * 0.14],
            fill="#f3efe6",
        )
    c.draw.rectangle(
        [0, horizon + c.h * 0.08, c.w, horizon + c.h * 0.09], fill="#f3efe6"
    )
    beds = 3
    crops = {
        "spring": "seedlings",
        "summer": "vegetables",
        "autumn": "pumpkins",
        "winter": "snow",
        "evening": "vegetables",
    }[c.season]
    for i in range(beds):
        top = c.h * (0.66 + i * 0.1)
        x0, x1 = c.w * (0.05 + i * 0.02), c.w * (0.52 - i * 0.02)
        c.draw.rectangle([x0, top, x1, top + c.h * 0.07], fill="#8a6242")
        c.draw.rectangle(
            [x0 + c.u(10), top + c.u(8), x1 - c.u(10), top + c.h * 0.04],
            fill="#5a3e2b" if not c.s["snow"] else "#f7f9fb",
        )
        for k in range(12):
            px = x0 + (x1 - x0) * (k + 0.5) / 12
            py = top + c.u(6)
            if crops == "seedlings":
                c.draw.line(
                    [(px, py), (px - c.u(10), py - c.u(20))],
                    fill="#7fbf5a",
                    width=c.u(5),
                )
                c.draw.line(
                    [(px, py), (px + c.u(10), py - c.u(20))],
                    fill="#7fbf5a",
                    width=c.u(5),
                )
            elif crops == "vegetables":
                r = c.u(22)
                c.draw.ellipse(
                    [px - r, py - r * 1.6, px + r, py + r * 0.2],
                    fill=c.rng.choice(["#4f9237", "#68a33f", "#3f7f2f"]),
                )
            elif crops == "pumpkins" and k % 3 == 0:
                r = c.u(26)
                c.draw.ellipse(
                    [px - r * 1.2, py - r * 1.4, px + r * 1.2, py + r * 0.3],
                    fill="#e07b39",
                )
    if c.season == "summer":
        for k in range(4):
            sx = c.w * (0.85 + k * 0.04)
            c.draw.line(
                [(sx, c.h * 0.9), (sx, c.h * 0.58)], fill="#4f8f37", width=c.u(6)
            )
            r = c.u(26)
            c.draw.ellipse(
                [sx - r, c.h * 0.58 - r, sx + r, c.h * 0.58 + r], fill="#f2c12e"
            )
            c.draw.ellipse(
                [
                    sx - r * 0.4,
                    c.h * 0.58 - r * 0.4,
                    sx + r * 0.4,
                    c.h * 0.58 + r * 0.4,
                ],
                fill="#6b4a2e",
            )
    leafy_tree(c, c.w * 0.9, horizon + c.h * 0.14, c.h * 0.36)
    planted = {
        "seedlings": "with seedlings",
        "vegetables": "full of vegetables",
        "pumpkins": "with pumpkins",
        "snow": "resting for the winter",
    }[crops]
    return f"raised garden beds {planted} beside a greenhouse"


def scene_city(c):
    horizon = c.h * 0.6
    sky(c, horizon, clouds=not c.s["lit"])
    x = 0
    spires = 0
    while x < c.w:
        width = c.w * c.rng.uniform(0.05, 0.09)
        height = c.h * c.rng.uniform(0.12, 0.26)
        colour = mix(c.rng.choice(FACADES), c.s["sky"][1], 0.25)
        c.draw.rectangle([x, horizon - height, x + width, horizon], fill=colour)
        if c.rng.random() < 0.22:
            tw = width * 0.5
            tx = x + width * 0.25
            c.draw.rectangle(
                [tx, horizon - height - c.h * 0.12, tx + tw, horizon - height],
                fill=shade(colour, 0.1),
            )
            c.draw.polygon(
                [
                    (tx - c.u(4), horizon - height - c.h * 0.12),
                    (tx + tw / 2, horizon - height - c.h * 0.3),
                    (tx + tw + c.u(4), horizon - height - c.h * 0.12),
                ],
                fill="#3f6f5f",
            )
            spires += 1
        else:
            c.draw.polygon(
                [
                    (x, horizon - height),
                    (x + width / 2, horizon - height - width * 0.4),
                    (x + width, horizon - height),
                ],
                fill=c.rng.choice(ROOFS),
            )
        for row in range(int(height // c.u(50))):
            for col in range(2):
                wx = x + width * (0.2 + col * 0.4)
                wy = horizon - height + c.u(20) + row * c.u(50)
                c.draw.rectangle(
                    [wx, wy, wx + width * 0.2, wy + c.u(24)],
                    fill=windows_fill(c) if c.rng.random() < 0.8 else colour,
                )
        x += width
    if not spires:
        tx = c.w * 0.5
        c.draw.rectangle(
            [tx, horizon - c.h * 0.36, tx + c.u(60), horizon], fill="#b9a27a"
        )
        c.draw.polygon(
            [
                (tx - c.u(6), horizon - c.h * 0.36),
                (tx + c.u(30), horizon - c.h * 0.55),
                (tx + c.u(66), horizon - c.h * 0.36),
            ],
            fill="#3f6f5f",
        )
        spires = 1
    river = "#dfe8ef" if c.s["snow"] else c.s["water"]
    c.draw.rectangle([0, horizon, c.w, c.h], fill=river)
    c.draw.rectangle([0, horizon, c.w, horizon + c.u(14)], fill="#7d7f86")
    for _ in range(60):
        wx, wy = c.rng.uniform(0, c.w), c.rng.uniform(horizon + c.u(20), c.h)
        c.draw.line(
            [(wx, wy), (wx + c.u(c.rng.randint(20, 70)), wy)],
            fill=c.s["wave"],
            width=c.u(3),
        )
    by = horizon + c.h * 0.16
    c.draw.rectangle([0, by, c.w, by + c.u(22)], fill="#8c8478")
    for k in range(5):
        ax = c.w * (k / 5)
        c.draw.arc(
            [ax, by, ax + c.w / 5, by + c.h * 0.22],
            180,
            360,
            fill="#8c8478",
            width=c.u(22),
        )
    towers = "a church spire" if spires == 1 else f"{spires} church spires"
    return f"a city skyline with {towers} behind a river and a stone bridge"


def scene_road(c):
    horizon = c.h * c.rng.uniform(0.42, 0.5)
    sky(c, horizon)
    ridge(c, horizon, c.h * 0.06, c.s["far"])
    c.draw.rectangle([0, horizon, c.w, c.h], fill=c.s["fields"][0])
    c.draw.polygon(
        [(0, horizon + c.h * 0.1), (c.w, horizon + c.h * 0.05), (c.w, c.h), (0, c.h)],
        fill=c.s["fields"][2],
    )
    vx = c.w * c.rng.uniform(0.55, 0.7)
    road = "#e9edf1" if c.s["snow"] else "#7d7f86"
    c.draw.polygon(
        [
            (vx - c.u(10), horizon),
            (vx + c.u(10), horizon),
            (c.w * 0.55, c.h),
            (c.w * 0.05, c.h),
        ],
        fill=road,
    )
    for k in range(8):
        t0, t1 = (k / 8) ** 1.6, ((k + 0.5) / 8) ** 1.6
        x0 = vx + (c.w * 0.3 - vx) * t0
        x1 = vx + (c.w * 0.3 - vx) * t1
        y0 = horizon + (c.h - horizon) * t0
        y1 = horizon + (c.h - horizon) * t1
        c.draw.line([(x0, y0), (x1, y1)], fill="#f2f2f2", width=c.u(2 + 8 * t1))
    for k in range(6):
        t = 0.15 + k * 0.16
        px = vx + (c.w * 0.72 - vx) * t + c.w * 0.05
        py = horizon + (c.h - horizon) * t
        c.draw.line(
            [(px, py), (px, py - c.h * 0.28 * t - c.u(20))],
            fill="#6b5237",
            width=c.u(3 + 6 * t),
        )
    house(c, c.w * 0.04, horizon + c.h * 0.12, c.w * 0.12, c.h * 0.1)
    house(c, c.w * 0.82, horizon + c.h * 0.08, c.w * 0.08, c.h * 0.07)
    car = c.rng.choice(["#c8553d", "#e3b23c", "#2f5d8a", "#5b8c5a", "#f3efe6"])
    t = 0.55
    cx = vx + (c.w * 0.3 - vx) * t
    cy = horizon + (c.h - horizon) * t
    cw = c.w * 0.16
    c.draw.rounded_rectangle(
        [cx - cw / 2, cy - cw * 0.3, cx + cw / 2, cy], radius=c.u(16), fill=car
    )
    c.draw.rounded_rectangle(
        [cx - cw * 0.3, cy - cw * 0.52, cx + cw * 0.25, cy - cw * 0.28],
        radius=c.u(14),
        fill=car,
    )
    c.draw.rectangle(
        [cx - cw * 0.24, cy - cw * 0.47, cx + cw * 0.19, cy - cw * 0.31], fill="#bcd3e0"
    )
    for wx in (cx - cw * 0.3, cx + cw * 0.3):
        r = cw * 0.09
        c.draw.ellipse([wx - r, cy - r, wx + r, cy + r], fill="#2b2b2b")
    c.draw.ellipse(
        [cx + cw * 0.42, cy - cw * 0.2, cx + cw * 0.5, cy - cw * 0.12],
        fill="#ffe08a" if c.s["lit"] else "#f3efe6",
    )
    return "a small car on a country road between fields and farmhouses"


# Indoor scenes --------------------------------------------------------------------


def scene_workshop(c):
    floor_y, wall = room(c)
    window(c, (c.w * 0.62, c.h * 0.1, c.w * 0.9, c.h * 0.45))
    board = (c.w * 0.08, c.h * 0.1, c.w * 0.52, c.h * 0.42)
    c.draw.rectangle(board, fill="#c9a77c")
    for gx in range(1, 24):
        for gy in range(1, 10):
            x = board[0] + (board[2] - board[0]) * gx / 24
            y = board[1] + (board[3] - board[1]) * gy / 10
            c.draw.ellipse(
                [x - c.u(3), y - c.u(3), x + c.u(3), y + c.u(3)], fill="#a8865c"
            )
    tools = 0
    x = board[0] + c.u(40)
    while x < board[2] - c.u(80):
        kind = c.rng.choice(["hammer", "saw", "wrench", "pliers"])
        top = board[1] + c.u(40)
        if kind == "hammer":
            c.draw.rectangle(
                [x + c.u(16), top, x + c.u(26), top + c.u(150)], fill="#9c6b48"
            )
            c.draw.rectangle([x, top, x + c.u(44), top + c.u(26)], fill="#4a4f55")
            x += c.u(80)
        elif kind == "saw":
            c.draw.polygon(
                [
                    (x, top + c.u(40)),
                    (x + c.u(150), top + c.u(20)),
                    (x + c.u(150), top + c.u(70)),
                    (x, top + c.u(90)),
                ],
                fill="#b8bcc2",
            )
            c.draw.rectangle(
                [x - c.u(30), top + c.u(36), x + c.u(4), top + c.u(94)], fill="#c8553d"
            )
            x += c.u(200)
        elif kind == "wrench":
            c.draw.rectangle(
                [x + c.u(10), top + c.u(20), x + c.u(24), top + c.u(160)],
                fill="#7d8288",
            )
            c.draw.ellipse([x, top, x + c.u(34), top + c.u(34)], fill="#7d8288")
            x += c.u(70)
        else:
            c.draw.line(
                [(x, top), (x + c.u(30), top + c.u(150))], fill="#2f5d8a", width=c.u(10)
            )
            c.draw.line(
                [(x + c.u(30), top), (x, top + c.u(150))], fill="#2f5d8a", width=c.u(10)
            )
            x += c.u(70)
        tools += 1
    bench_top = c.h * 0.58
    c.draw.rectangle(
        [c.w * 0.05, bench_top, c.w * 0.72, bench_top + c.u(40)], fill="#9c6b48"
    )
    for lx in (c.w * 0.07, c.w * 0.68):
        c.draw.rectangle(
            [lx, bench_top + c.u(40), lx + c.u(30), c.h * 0.95], fill="#7a5238"
        )
    c.draw.rectangle([c.w * 0.05, c.h * 0.82, c.w * 0.72, c.h * 0.84], fill="#7a5238")
    item = c.rng.choice(["radio", "wheel", "chair"])
    if item == "wheel":
        r = c.u(110)
        wx, wy = c.w * 0.4, bench_top - r
        c.draw.ellipse(
            [wx - r, wy - r, wx + r, wy + r], outline="#2b2b2b", width=c.u(16)
        )
        for a in range(0, 360, 30):
            c.draw.line(
                [
                    (wx, wy),
                    (
                        wx + r * math.cos(math.radians(a)),
                        wy + r * math.sin(math.radians(a)),
                    ),
                ],
                fill="#8a8f94",
                width=c.u(3),
            )
        thing = "a bicycle wheel"
    elif item == "radio":
        c.draw.rounded_rectangle(
            [c.w * 0.3, bench_top - c.u(130), c.w * 0.46, bench_top],
            radius=c.u(14),
            fill="#8c2f39",
        )
        r = c.u(40)
        c.draw.ellipse(
            [
                c.w * 0.33,
                bench_top - c.u(110),
                c.w * 0.33 + 2 * r,
                bench_top - c.u(110) + 2 * r,
            ],
            fill="#3b3b46",
        )
        c.draw.rectangle(
            [c.w * 0.41, bench_top - c.u(110), c.w * 0.44, bench_top - c.u(30)],
            fill="#e3b23c",
        )
        thing = "an old radio"
    else:
        chair(c, c.w * 0.34, bench_top, c.h * 0.25, "#c8553d")
        thing = "a chair"
    lamp(c, c.w * 0.4, c.h * 0.06)
    return (
        f"a workbench with {thing} being mended and {tools} tools hanging on the wall"
    )


def scene_sewing(c):
    floor_y, wall = room(c)
    window(c, (c.w * 0.08, c.h * 0.1, c.w * 0.42, c.h * 0.45))
    shelf = c.h * 0.25
    c.draw.rectangle([c.w * 0.52, shelf, c.w * 0.95, shelf + c.u(14)], fill="#8c6a4f")
    c.draw.rectangle(
        [c.w * 0.52, shelf + c.h * 0.14, c.w * 0.95, shelf + c.h * 0.14 + c.u(14)],
        fill="#8c6a4f",
    )
    rolls = 0
    for row in (shelf, shelf + c.h * 0.14):
        x = c.w * 0.54
        while x < c.w * 0.86:
            w = c.u(c.rng.randint(120, 150))
            h = c.u(34)
            for k in range(c.rng.randint(2, 3)):
                colour = c.rng.choice(
                    [
                        "#c8553d",
                        "#2f5d8a",
                        "#e3b23c",
                        "#5b8c5a",
                        "#d9a5b3",
                        "#6c4f8c",
                        "#f3efe6",
                    ]
                )
                top = row - (k + 1) * h
                c.draw.rounded_rectangle(
                    [x, top, x + w, top + h - c.u(2)], radius=c.u(8), fill=colour
                )
                c.draw.ellipse(
                    [x + w - c.u(16), top, x + w + c.u(6), top + h - c.u(2)],
                    fill=shade(colour, 0.18),
                )
                c.draw.ellipse(
                    [x + w - c.u(8), top + h * 0.35, x + w, top + h * 0.6],
                    fill=shade(colour, 0.45),
                )
                rolls += 1
            x += w + c.u(24)
    machines = 2
    for i in range(machines):
        tx0 = c.w * (0.05 + i * 0.48)
        top = c.h * 0.62
        table(c, tx0, tx0 + c.w * 0.42, top, c.h * 0.95, "#a97c50")
        mx = tx0 + c.w * 0.1
        body = c.rng.choice(["#f3efe6", "#e9e4f0", "#dfe9e1"])
        c.draw.rectangle([mx, top - c.u(30), mx + c.w * 0.2, top], fill=body)
        c.draw.rectangle(
            [mx + c.w * 0.15, top - c.u(150), mx + c.w * 0.2, top - c.u(30)], fill=body
        )
        c.draw.rectangle(
            [mx, top - c.u(150), mx + c.w * 0.2, top - c.u(110)], fill=body
        )
        c.draw.rectangle(
            [mx + c.u(6), top - c.u(110), mx + c.u(20), top - c.u(50)], fill=body
        )
        c.draw.line(
            [(mx + c.u(13), top - c.u(50)), (mx + c.u(13), top - c.u(30))],
            fill="#555555",
            width=c.u(3),
        )
        cloth = c.rng.choice(["#c8553d", "#2f5d8a", "#7fa46a", "#e3b23c"])
        c.draw.polygon(
            [
                (mx - c.u(60), top - c.u(4)),
                (mx + c.w * 0.12, top - c.u(10)),
                (mx + c.w * 0.14, top),
                (mx - c.u(80), top),
            ],
            fill=cloth,
        )
        c.draw.ellipse(
            [
                mx + c.w * 0.16,
                top - c.u(140),
                mx + c.w * 0.16 + c.u(26),
                top - c.u(114),
            ],
            fill="#c8553d",
        )
    for k in range(14):
        bx = c.w * (0.06 + k * 0.065)
        c.draw.polygon(
            [
                (bx, c.h * 0.05),
                (bx + c.u(50), c.h * 0.05),
                (bx + c.u(25), c.h * 0.05 + c.u(50)),
            ],
            fill=c.rng.choice(["#c8553d", "#e3b23c", "#2f5d8a", "#5b8c5a"]),
        )
    c.draw.line(
        [(c.w * 0.05, c.h * 0.05), (c.w * 0.98, c.h * 0.05)],
        fill="#555555",
        width=c.u(3),
    )
    return f"two sewing machines on tables and {rolls} rolls of fabric on the shelves"


def scene_kitchen(c):
    floor_y, wall = room(c, floor_at=0.8)
    for gx in range(0, 40):
        for gy in range(0, 5):
            x = c.w * 0.05 + gx * c.u(44)
            y = c.h * 0.42 + gy * c.u(44)
            if x > c.w * 0.95:
                continue
            c.draw.rectangle([x, y, x + c.u(40), y + c.u(40)], fill=shade(wall, -0.4))
    window(c, (c.w * 0.62, c.h * 0.08, c.w * 0.9, c.h * 0.36))
    c.draw.rectangle(
        [c.w * 0.08, c.h * 0.2, c.w * 0.52, c.h * 0.2 + c.u(14)], fill="#8c6a4f"
    )
    jars = 0
    x = c.w * 0.1
    while x < c.w * 0.5:
        w = c.u(c.rng.randint(44, 64))
        h = c.u(c.rng.randint(70, 110))
        c.draw.rounded_rectangle(
            [x, c.h * 0.2 - h, x + w, c.h * 0.2], radius=c.u(8), fill="#dfe9ee"
        )
        c.draw.rectangle(
            [x + c.u(4), c.h * 0.2 - h * 0.6, x + w - c.u(4), c.h * 0.2 - c.u(4)],
            fill=c.rng.choice(["#e3b23c", "#c8553d", "#8c6a4f", "#f3efe6", "#7fa46a"]),
        )
        c.draw.rectangle(
            [x - c.u(2), c.h * 0.2 - h - c.u(12), x + w + c.u(2), c.h * 0.2 - h],
            fill="#c8553d",
        )
        x += w + c.u(16)
        jars += 1
    top = c.h * 0.62
    c.draw.rectangle([c.w * 0.04, top, c.w * 0.96, c.h * 0.97], fill="#f3efe6")
    c.draw.rectangle([c.w * 0.04, top, c.w * 0.96, top + c.u(22)], fill="#9c7a55")
    stove = (c.w * 0.1, top + c.u(22), c.w * 0.36, c.h * 0.97)
    c.draw.rectangle(stove, fill="#c7ccd2")
    c.draw.rectangle(
        [
            stove[0] + c.u(20),
            stove[1] + c.u(70),
            stove[2] - c.u(20),
            stove[3] - c.u(30),
        ],
        fill="#3b3b46",
    )
    pots = 2
    for i in range(pots):
        px = c.w * (0.13 + i * 0.12)
        colour = c.rng.choice(["#c8553d", "#2f5d8a", "#5b8c5a", "#3b3b46"])
        c.draw.rectangle([px, top - c.u(90), px + c.u(130), top], fill=colour)
        c.draw.rectangle(
            [px - c.u(12), top - c.u(96), px + c.u(142), top - c.u(84)], fill=colour
        )
        for k in range(3):
            sx = px + c.u(30 + k * 35)
            c.draw.arc(
                [sx, top - c.u(190), sx + c.u(30), top - c.u(110)],
                100,
                260,
                fill="#ffffff",
                width=c.u(5),
            )
    for k in range(c.rng.randint(3, 5)):
        vx = c.w * (0.5 + k * 0.08)
        r = c.u(30)
        c.draw.ellipse(
            [vx - r, top - r * 1.8, vx + r, top],
            fill=c.rng.choice(["#e07b39", "#c8553d", "#7fa46a", "#e3b23c"]),
        )
    lamp(c, c.w * 0.45, c.h * 0.08)
    return f"a kitchen with pots steaming on the stove and {jars} jars on a shelf"


def scene_cafe(c):
    floor_y, wall = room(c)
    window(c, (c.w * 0.56, c.h * 0.1, c.w * 0.94, c.h * 0.48))
    board = (c.w * 0.07, c.h * 0.08, c.w * 0.3, c.h * 0.34)
    c.draw.rectangle(board, fill="#2f3a33")
    for k in range(5):
        y = board[1] + c.u(40) + k * c.u(50)
        c.draw.line(
            [
                (board[0] + c.u(30), y),
                (
                    board[0]
                    + c.u(30)
                    + c.rng.uniform(0.4, 0.85) * (board[2] - board[0] - c.u(60)),
                    y,
                ),
            ],
            fill="#f3efe6",
            width=c.u(5),
        )
    counter_top = c.h * 0.5
    c.draw.rectangle(
        [c.w * 0.04, counter_top, c.w * 0.42, c.h * 0.8],
        fill=c.rng.choice(["#8c2f39", "#2f5d8a", "#5b8c5a", "#9c6b48"]),
    )
    c.draw.rectangle(
        [c.w * 0.03, counter_top - c.u(16), c.w * 0.43, counter_top], fill="#d9cbb3"
    )
    c.draw.rectangle(
        [c.w * 0.06, counter_top - c.u(140), c.w * 0.16, counter_top - c.u(16)],
        fill="#b8bcc2",
    )
    c.draw.rectangle(
        [c.w * 0.08, counter_top - c.u(60), c.w * 0.14, counter_top - c.u(40)],
        fill="#3b3b46",
    )
    cups = c.rng.randint(3, 5)
    for k in range(cups):
        cx = c.w * (0.2 + k * 0.045)
        c.draw.rectangle(
            [cx, counter_top - c.u(46), cx + c.u(40), counter_top - c.u(16)],
            fill="#f7f5ef",
        )
        c.draw.arc(
            [cx + c.u(32), counter_top - c.u(42), cx + c.u(56), counter_top - c.u(22)],
            270,
            90,
            fill="#f7f5ef",
            width=c.u(5),
        )
    tables = 2
    for i in range(tables):
        tx = c.w * (0.58 + i * 0.22)
        ty = c.h * 0.7
        c.draw.ellipse(
            [tx - c.u(110), ty - c.u(22), tx + c.u(110), ty + c.u(22)], fill="#d9cbb3"
        )
        c.draw.rectangle([tx - c.u(8), ty, tx + c.u(8), c.h * 0.93], fill="#555555")
        c.draw.ellipse(
            [tx - c.u(60), c.h * 0.92, tx + c.u(60), c.h * 0.95], fill="#555555"
        )
        c.draw.rectangle(
            [tx - c.u(20), ty - c.u(50), tx + c.u(14), ty - c.u(18)], fill="#f7f5ef"
        )
        chair(c, tx - c.u(200), c.h * 0.94, c.h * 0.3, "#3b3b46")
        chair(c, tx + c.u(120), c.h * 0.94, c.h * 0.3, "#3b3b46", back_left=False)
    person(c, c.w * 0.27, counter_top - c.u(16), c.h * 0.22)
    for lx in (c.w * 0.6, c.w * 0.82):
        lamp(c, lx, c.h * 0.06, colour=c.rng.choice(["#e3b23c", "#2f5d8a", "#3b3b46"]))
    return f"a café counter with {cups} cups, small round tables and hanging lamps"


def scene_meeting(c):
    floor_y, wall = room(c, floor_at=0.55)
    screen = (c.w * 0.3, c.h * 0.08, c.w * 0.7, c.h * 0.42)
    c.draw.rectangle(screen, fill="#ffffff", outline="#3b3b46", width=c.u(8))
    bars = c.rng.randint(4, 6)
    for k in range(bars):
        bw = (screen[2] - screen[0] - c.u(80)) / bars
        x0 = screen[0] + c.u(40) + k * bw + c.u(10)
        height = (screen[3] - screen[1] - c.u(80)) * c.rng.uniform(0.25, 0.95)
        c.draw.rectangle(
            [x0, screen[3] - c.u(30) - height, x0 + bw - c.u(20), screen[3] - c.u(30)],
            fill=c.rng.choice(["#2f5d8a", "#e3b23c", "#c8553d", "#5b8c5a"]),
        )
    c.draw.rectangle([c.w * 0.78, c.h * 0.3, c.w * 0.86, c.h * 0.55], fill="#8c6a4f")
    person(c, c.w * 0.82, c.h * 0.31, c.h * 0.2)
    for x in (c.w * 0.04, c.w * 0.9):
        window(c, (x, c.h * 0.1, x + c.w * 0.07, c.h * 0.42))
    rows = 3
    audience = 0
    for row in range(rows):
        y = c.h * (0.7 + row * 0.12)
        for k in range(8):
            x = c.w * (0.06 + k * 0.115) + (row % 2) * c.u(30)
            c.draw.rectangle([x, y - c.h * 0.12, x + c.w * 0.08, y], fill="#2f5d8a")
            if c.rng.random() < 0.75:
                person(c, x + c.w * 0.04, y - c.h * 0.04, c.h * 0.2, facing_away=True)
                audience += 1
    return (
        f"a meeting room with {audience} people on rows of chairs facing a screen "
        f"with a bar chart"
    )


def scene_library(c):
    floor_y, wall = room(c, floor_at=0.66)
    window(c, (c.w * 0.42, c.h * 0.08, c.w * 0.58, c.h * 0.4))
    shelves = 0
    for x0, x1 in ((c.w * 0.03, c.w * 0.37), (c.w * 0.63, c.w * 0.97)):
        c.draw.rectangle([x0, c.h * 0.04, x1, floor_y], fill="#8c6a4f")
        for k in range(5):
            top = c.h * 0.06 + k * (floor_y - c.h * 0.08) / 5
            bottom = top + (floor_y - c.h * 0.08) / 5 - c.u(14)
            c.draw.rectangle([x0 + c.u(12), top, x1 - c.u(12), bottom], fill="#5a4334")
            x = x0 + c.u(16)
            while x < x1 - c.u(40):
                w = c.u(c.rng.randint(14, 30))
                h = (bottom - top) * c.rng.uniform(0.7, 0.95)
                c.draw.rectangle(
                    [x, bottom - h, x + w, bottom], fill=c.rng.choice(BOOKS)
                )
                x += w + c.u(3)
            shelves += 1
    top = c.h * 0.74
    table(c, c.w * 0.14, c.w * 0.86, top, c.h * 0.97, "#b99a74")
    laptops = c.rng.randint(2, 4)
    for k in range(laptops):
        lx = c.w * (0.22 + k * 0.17)
        c.draw.polygon(
            [
                (lx, top),
                (lx + c.u(140), top),
                (lx + c.u(125), top - c.u(90)),
                (lx + c.u(15), top - c.u(90)),
            ],
            fill="#4a4f55",
        )
        c.draw.polygon(
            [
                (lx + c.u(12), top - c.u(8)),
                (lx + c.u(128), top - c.u(8)),
                (lx + c.u(116), top - c.u(82)),
                (lx + c.u(24), top - c.u(82)),
            ],
            fill="#9cc3d5",
        )
        person(c, lx + c.u(70), c.h * 0.99, c.h * 0.24, facing_away=True)
    lamp(c, c.w * 0.5, c.h * 0.5)
    return f"bookshelves and a long table with {laptops} laptops in a library"


def scene_hall(c):
    floor_y, wall = room(c, floor_at=0.6)
    for x in (c.w * 0.08, c.w * 0.4, c.w * 0.72):
        window(c, (x, c.h * 0.12, x + c.w * 0.18, c.h * 0.44))
    for k in range(24):
        bx = c.w * k / 23
        c.draw.polygon(
            [
                (bx, c.h * 0.04),
                (bx + c.u(40), c.h * 0.04),
                (bx + c.u(20), c.h * 0.04 + c.u(46)),
            ],
            fill=c.rng.choice(["#c8553d", "#e3b23c", "#2f5d8a", "#5b8c5a", "#d9a5b3"]),
        )
    c.draw.line([(0, c.h * 0.04), (c.w, c.h * 0.04)], fill="#555555", width=c.u(3))
    cloth = c.rng.choice(["#f7f5ef", "#e7eef7", "#f7e9e3"])
    top = c.h * 0.7
    c.draw.polygon(
        [
            (c.w * 0.12, top),
            (c.w * 0.88, top),
            (c.w * 0.94, c.h * 0.86),
            (c.w * 0.06, c.h * 0.86),
        ],
        fill=cloth,
    )
    c.draw.rectangle(
        [c.w * 0.06, c.h * 0.86, c.w * 0.94, c.h * 0.9], fill=shade(cloth, 0.1)
    )
    plates = 0
    for k in range(7):
        for row, (y, spread) in enumerate(((top + c.u(30), 0.7), (c.h * 0.82, 0.8))):
            px = c.w * 0.5 + (k - 3) * c.w * 0.11 * spread
            r = c.u(34 + row * 6)
            c.draw.ellipse(
                [px - r, y - r * 0.45, px + r, y + r * 0.45],
                fill="#ffffff",
                outline="#c9c9c9",
                width=c.u(2),
            )
            plates += 1
    for k in range(3):
        dx = c.w * (0.3 + k * 0.2)
        c.draw.ellipse(
            [dx - c.u(60), top + c.u(50), dx + c.u(60), top + c.u(100)],
            fill=c.rng.choice(["#e3b23c", "#c8553d", "#7fa46a"]),
        )
    guests = 0
    for k in range(6):
        person(c, c.w * (0.14 + k * 0.145), top + c.u(10), c.h * 0.22)
        guests += 1
    return f"a community hall with a long table laid for {guests} guests under paper bunting"


SCENES = {
    "harbour": scene_harbour,
    "coast": scene_coast,
    "forest": scene_forest,
    "lake": scene_lake,
    "farm": scene_farm,
    "village": scene_village,
    "square": scene_square,
    "garden": scene_garden,
    "city": scene_city,
    "road": scene_road,
    "workshop": scene_workshop,
    "sewing": scene_sewing,
    "kitchen": scene_kitchen,
    "cafe": scene_cafe,
    "meeting": scene_meeting,
    "library": scene_library,
    "hall": scene_hall,
}
INDOORS = {"workshop", "sewing", "kitchen", "cafe", "meeting", "library", "hall"}


def landscape(seed, width=1600, height=900, scene=None, season=None):
    """Return (JPEG bytes, description) of a scene drawn from the seed.

    scene is a key of SCENES, season one of SEASONS; the seed picks what is not given
    (an outdoor scene: a landscape, a harbour, a town).
    The description says what the picture shows ("Drawing of …").
    """
    rng = random.Random(f"{seed}|{scene}|{season}")
    scene = scene or rng.choice(sorted(set(SCENES) - INDOORS))
    season = season or rng.choice(sorted(SEASONS))
    if scene not in SCENES or season not in SEASONS:
        raise ValueError(f"Unknown demo picture {scene!r} in {season!r}")
    canvas = Canvas(width, height, rng, season)
    shows = SCENES[scene](canvas)
    if rng.random() < 0.5:
        # Seen from the other side: the same kind of scene, another composition.
        canvas.image = ImageOps.mirror(canvas.image)
    if scene in INDOORS:
        when = (
            "in the evening, the lamps lit"
            if season == "evening"
            else f"with {SEASONS[season]['view']}"
        )
    else:
        when = SEASONS[season]["phrase"]
    return canvas.finished(), f"Drawing of {shows}, {when}."


# Word-marks -----------------------------------------------------------------------

MOTIFS = {
    "cross": "a cross",
    "wave": "three waves",
    "sunrise": "a rising sun",
    "book": "an open book",
    "bars": "rising bars",
    "heart": "a heart",
    "columns": "columns under a pediment",
    "path": "a dotted path",
    "anchor": "an anchor",
    "steeple": "a church steeple",
    "rings": "linked rings",
    "steps": "steps",
    "circles": "two overlapping circles",
    "leaf": "a leaf",
    "compass": "a compass star",
    "blocks": "stacked blocks",
}


def _motif(draw, kind, box, colour, accent):
    """Draw a simple emblem into box (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx, cy = x0 + w / 2, y0 + h / 2
    s = min(w, h)
    if kind == "cross":
        t = s * 0.2
        draw.rectangle(
            [cx - t / 2, y0 + s * 0.05, cx + t / 2, y1 - s * 0.05], fill=colour
        )
        draw.rectangle(
            [
                x0 + s * 0.15,
                cy - s * 0.22 - t / 2,
                x1 - s * 0.15,
                cy - s * 0.22 + t / 2,
            ],
            fill=colour,
        )
        draw.ellipse(
            [cx - s * 0.48, cy - s * 0.48, cx + s * 0.48, cy + s * 0.48],
            outline=accent,
            width=round(s * 0.05),
        )
    elif kind == "wave":
        for k in range(3):
            y = y0 + h * (0.3 + k * 0.22)
            draw.arc(
                [x0, y - s * 0.16, x0 + w * 0.5, y + s * 0.16],
                200,
                340,
                fill=colour if k != 1 else accent,
                width=round(s * 0.07),
            )
            draw.arc(
                [x0 + w * 0.5, y - s * 0.16, x1, y + s * 0.16],
                20,
                160,
                fill=colour if k != 1 else accent,
                width=round(s * 0.07),
            )
    elif kind == "sunrise":
        r = s * 0.42
        draw.pieslice(
            [cx - r, y1 - s * 0.1 - r, cx + r, y1 - s * 0.1 + r], 180, 360, fill=accent
        )
        for a in range(200, 341, 28):
            ax, ay = math.cos(math.radians(a)), math.sin(math.radians(a))
            draw.line(
                [
                    (cx + ax * r * 1.12, y1 - s * 0.1 + ay * r * 1.12),
                    (cx + ax * r * 1.45, y1 - s * 0.1 + ay * r * 1.45),
                ],
                fill=colour,
                width=round(s * 0.06),
            )
        draw.rectangle([x0, y1 - s * 0.1, x1, y1 - s * 0.02], fill=colour)
    elif kind == "book":
        draw.polygon(
            [
                (cx, y0 + s * 0.3),
                (x0 + s * 0.02, y0 + s * 0.18),
                (x0 + s * 0.02, y1 - s * 0.12),
                (cx, y1),
            ],
            fill=colour,
        )
        draw.polygon(
            [
                (cx, y0 + s * 0.3),
                (x1 - s * 0.02, y0 + s * 0.18),
                (x1 - s * 0.02, y1 - s * 0.12),
                (cx, y1),
            ],
            fill=accent,
        )
        for k in range(3):
            yy = y0 + s * (0.42 + k * 0.14)
            draw.line(
                [(x0 + s * 0.12, yy - s * 0.05), (cx - s * 0.08, yy)],
                fill="#ffffff",
                width=round(s * 0.03),
            )
    elif kind == "bars":
        for k in range(4):
            bx = x0 + w * (0.04 + k * 0.25)
            draw.rectangle(
                [bx, y1 - h * (0.3 + k * 0.22), bx + w * 0.18, y1],
                fill=colour if k < 3 else accent,
            )
    elif kind == "heart":
        r = s * 0.26
        draw.ellipse(
            [cx - 2 * r, y0 + s * 0.12, cx, y0 + s * 0.12 + 2 * r], fill=colour
        )
        draw.ellipse(
            [cx, y0 + s * 0.12, cx + 2 * r, y0 + s * 0.12 + 2 * r], fill=colour
        )
        draw.polygon(
            [
                (cx - 2 * r + s * 0.01, y0 + s * 0.12 + r * 1.2),
                (cx + 2 * r - s * 0.01, y0 + s * 0.12 + r * 1.2),
                (cx, y1 - s * 0.04),
            ],
            fill=colour,
        )
        draw.ellipse(
            [cx - r * 0.5, cy - r * 0.4, cx + r * 0.5, cy + r * 0.6], fill=accent
        )
    elif kind == "columns":
        draw.polygon(
            [(x0, y0 + h * 0.3), (cx, y0 + h * 0.04), (x1, y0 + h * 0.3)], fill=colour
        )
        for k in range(4):
            bx = x0 + w * (0.08 + k * 0.24)
            draw.rectangle(
                [bx, y0 + h * 0.36, bx + w * 0.12, y1 - h * 0.14], fill=colour
            )
        draw.rectangle([x0, y1 - h * 0.1, x1, y1], fill=accent)
    elif kind == "path":
        for k in range(7):
            t = k / 6
            px = x0 + w * (0.1 + 0.8 * t)
            py = y1 - h * (0.15 + 0.7 * t) + math.sin(t * math.pi * 2) * h * 0.12
            r = s * (0.05 + 0.05 * t)
            draw.ellipse(
                [px - r, py - r, px + r, py + r], fill=colour if k < 6 else accent
            )
    elif kind == "anchor":
        t = s * 0.09
        draw.ellipse(
            [cx - s * 0.12, y0, cx + s * 0.12, y0 + s * 0.24],
            outline=colour,
            width=round(t * 0.8),
        )
        draw.rectangle(
            [cx - t / 2, y0 + s * 0.22, cx + t / 2, y1 - s * 0.05], fill=colour
        )
        draw.rectangle(
            [cx - s * 0.26, y0 + s * 0.34, cx + s * 0.26, y0 + s * 0.34 + t],
            fill=colour,
        )
        draw.arc(
            [x0 + s * 0.08, y1 - s * 0.62, x1 - s * 0.08, y1],
            20,
            160,
            fill=accent,
            width=round(t),
        )
    elif kind == "steeple":
        draw.rectangle([cx - s * 0.18, y0 + s * 0.42, cx + s * 0.18, y1], fill=colour)
        draw.polygon(
            [
                (cx - s * 0.22, y0 + s * 0.44),
                (cx, y0 + s * 0.06),
                (cx + s * 0.22, y0 + s * 0.44),
            ],
            fill=accent,
        )
        draw.rectangle(
            [cx - s * 0.06, y1 - s * 0.22, cx + s * 0.06, y1], fill="#ffffff"
        )
        draw.rectangle([x0, y1 - s * 0.05, x1, y1], fill=colour)
    elif kind == "rings":
        r = s * 0.22
        for k, col in enumerate((colour, accent, colour)):
            rx = x0 + w * (0.22 + k * 0.28)
            draw.ellipse(
                [rx - r, cy - r, rx + r, cy + r], outline=col, width=round(s * 0.07)
            )
    elif kind == "steps":
        for k in range(4):
            draw.rectangle(
                [x0 + w * k * 0.22, y1 - h * (k + 1) * 0.22, x1, y1 - h * k * 0.22],
                fill=colour if k % 2 == 0 else accent,
            )
    elif kind == "circles":
        r = s * 0.3
        draw.ellipse([cx - r * 1.6, cy - r, cx + r * 0.4, cy + r], fill=colour)
        draw.ellipse([cx - r * 0.4, cy - r, cx + r * 1.6, cy + r], fill=accent)
        draw.chord(
            [cx - r * 0.4, cy - r, cx + r * 0.4, cy + r],
            0,
            360,
            fill=mix(colour, accent, 0.5),
        )
    elif kind == "leaf":
        draw.ellipse(
            [x0 + s * 0.1, y0 + s * 0.08, x1 - s * 0.1, y1 - s * 0.08], fill=colour
        )
        draw.polygon(
            [
                (x0 + s * 0.1, y1 - s * 0.05),
                (x0 + s * 0.3, y1 - s * 0.35),
                (x0 + s * 0.35, y1 - s * 0.25),
            ],
            fill=colour,
        )
        draw.line(
            [(x0 + s * 0.2, y1 - s * 0.15), (x1 - s * 0.22, y0 + s * 0.2)],
            fill=accent,
            width=round(s * 0.05),
        )
    elif kind == "compass":
        pts = []
        for k in range(16):
            a = math.radians(k * 22.5 - 90)
            r = s * (0.48 if k % 4 == 0 else (0.26 if k % 2 == 0 else 0.14))
            pts.append((cx + math.cos(a) * r, cy + math.sin(a) * r))
        draw.polygon(pts, fill=colour)
        draw.ellipse(
            [cx - s * 0.08, cy - s * 0.08, cx + s * 0.08, cy + s * 0.08], fill=accent
        )
    elif kind == "blocks":
        b = s * 0.3
        for k, (dx, dy) in enumerate(
            ((0, 2), (1, 2), (2, 2), (0.5, 1), (1.5, 1), (1, 0))
        ):
            draw.rectangle(
                [
                    x0 + dx * b + s * 0.04,
                    y0 + dy * b + s * 0.06,
                    x0 + (dx + 1) * b,
                    y0 + (dy + 1) * b + s * 0.02,
                ],
                fill=accent if k == 5 else colour,
            )
    else:
        raise ValueError(f"Unknown logo motif {kind!r}")


def _text_width(draw, text, face, tracking):
    width = draw.textlength(text, font=face)
    return width + tracking * face.size * max(len(text) - 1, 0)


def _set_line(draw, xy, text, face, fill, tracking):
    """Draw text from xy (left, baseline), tracking in ems between letters."""
    x, y = xy
    if not tracking:
        draw.text((x, y), text, font=face, fill=fill, anchor="ls")
        return
    for letter in text:
        draw.text((x, y), letter, font=face, fill=fill, anchor="ls")
        x += draw.textlength(letter, font=face) + tracking * face.size


def logo(name, seed, mark=None, width=1280, height=640):
    """Return (PNG bytes, description) of a word-mark of the organisation.

    mark (demo/content/logos.yaml) says the words ("lines": the first the largest),
    the typeface, colour, accent colour, emblem ("motif"), where the emblem goes
    ("layout": left, top or rule) and the letter spacing; without it the seed picks.
    """
    rng = random.Random(seed)
    mark = dict(mark or {})
    lines = mark.get("lines") or [name]
    colour = mark.get("colour") or rng.choice(CLOTHES)
    accent = mark.get("accent") or rng.choice(FACADES)
    motif = mark.get("motif") or rng.choice(sorted(MOTIFS))
    face_name = mark.get("face") or rng.choice(sorted(FACES))
    layout = mark.get("layout", "left")
    tracking = float(mark.get("tracking", 0))
    secondary = mark.get("secondary") or "#4a4f55"
    scale = SUPERSAMPLE
    full_w, full_h = width * scale, height * scale
    image = Image.new("RGBA", (full_w, full_h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    pad = full_h * 0.08
    if layout == "top":
        emblem = (
            full_w / 2 - full_h * 0.2,
            pad,
            full_w / 2 + full_h * 0.2,
            pad + full_h * 0.4,
        )
        text_box = (pad, pad + full_h * 0.46, full_w - pad, full_h - pad)
    elif layout == "rule":
        emblem = None  # drawn under the words, once they are set
        text_box = (pad, pad, full_w - pad, full_h - pad - full_h * 0.24)
    else:
        emblem = (
            pad,
            full_h / 2 - full_h * 0.26,
            pad + full_h * 0.52,
            full_h / 2 + full_h * 0.26,
        )
        text_box = (pad + full_h * 0.64, pad, full_w - pad, full_h - pad)
    bx0, by0, bx1, by1 = text_box
    box_w, box_h = bx1 - bx0, by1 - by0
    other_face = "sans" if face_name != "sans-light" else "sans-bold"
    large = int(mark.get("large", 1))
    # The large lines as large as the box allows; the others smaller, but not too
    # small to read on a card, each as wide as fits.
    size = int(box_h / (1.2 * large + 0.62 * (len(lines) - large)))
    while (
        size > 8
        and max(
            _text_width(draw, text, font(size, face=face_name), tracking)
            for text in lines[:large]
        )
        > box_w
    ):
        size = int(size * 0.96)
    faces = [font(size, face=face_name)] * large
    for text in lines[large:]:
        small = min(int(max(size * 0.42, full_h * 0.085)), int(size * 0.62))
        while (
            small > 8
            and _text_width(draw, text, font(small, face=other_face), 0) > box_w
        ):
            small = int(small * 0.96)
        faces.append(font(small, face=other_face))
    heights = [f.size * 1.22 for f in faces]
    y = by0 if layout == "rule" else by0 + (box_h - sum(heights)) / 2
    for i, (text, f) in enumerate(zip(lines, faces, strict=True)):
        y += f.size
        spacing = tracking if i < large else 0
        line_w = _text_width(draw, text, f, spacing)
        x = bx0 + ((box_w - line_w) / 2 if layout == "top" else 0)
        _set_line(draw, (x, y), text, f, colour if i < large else secondary, spacing)
        y += f.size * 0.22
    if layout == "rule":
        # The emblem and a rule in the accent colour under the words.
        side = full_h * 0.16
        emblem = (bx0, y + full_h * 0.04, bx0 + side, y + full_h * 0.04 + side)
        _motif(draw, motif, emblem, colour, accent)
        draw.rectangle(
            [
                emblem[2] + full_h * 0.04,
                emblem[1] + side * 0.42,
                bx1,
                emblem[1] + side * 0.58,
            ],
            fill=accent,
        )
    else:
        _motif(draw, motif, emblem, colour, accent)
    # Cropped to what is drawn, with a margin: the word-mark fills the space a page
    # gives it, whatever its proportions.
    left, top, right, bottom = image.getbbox()
    margin = round(full_h * 0.04)
    image = image.crop(
        (
            max(left - margin, 0),
            max(top - margin, 0),
            min(right + margin, full_w),
            min(bottom + margin, full_h),
        )
    )
    image = image.resize(
        (round(image.width / scale), round(image.height / scale)), Image.LANCZOS
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    words = " ".join(lines)
    description = f"Logo of {name}: the words “{words}” beside {MOTIFS[motif]}"
    return buffer.getvalue(), description
