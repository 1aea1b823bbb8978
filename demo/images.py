"""Illustrations for the demo site, drawn with Pillow from a seed (no download)."""

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path(__file__).parent / "fonts"

# Calm Nordic palettes: sky top, sky bottom, sea, land near, land far, accent.
PALETTES = [
    ("#9cc3d5", "#e8f1f2", "#3f6e8c", "#4f7d4a", "#86a873", "#c8553d"),
    ("#f4c7a1", "#fbe8d3", "#35627a", "#5d7b3f", "#9bb26b", "#b8412f"),
    ("#b9c9e6", "#eef0f6", "#2f5173", "#3f6b56", "#7fa38a", "#d09a2b"),
    ("#d8c7e8", "#f6eff7", "#44607f", "#6a7f45", "#a8b97a", "#9c3d54"),
    ("#a7d3c9", "#eef7f2", "#2d6a6a", "#56734b", "#98b08a", "#d2692f"),
]
SCENES = [
    ("a village by the sea", "sea"),
    ("fields and a red farmhouse", "fields"),
    ("a forest lake with a wooden house", "lake"),
    ("rolling hills with a small church", "hills"),
]


def font(size, bold=False):
    """The DejaVu font shipped with the demo, at a size."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _vertical_gradient(draw, width, height, top, bottom):
    top_rgb = Image.new("RGB", (1, 1), top).getpixel((0, 0))
    bottom_rgb = Image.new("RGB", (1, 1), bottom).getpixel((0, 0))
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(
            round(a + (b - a) * t) for a, b in zip(top_rgb, bottom_rgb, strict=True)
        )
        draw.line([(0, y), (width, y)], fill=colour)


def _house(draw, x, y, size, wall, roof):
    draw.rectangle([x, y - size, x + size * 1.3, y], fill=wall)
    draw.polygon(
        [
            (x - size * 0.15, y - size),
            (x + size * 0.65, y - size * 1.7),
            (x + size * 1.45, y - size),
        ],
        fill=roof,
    )
    draw.rectangle([x + size * 0.5, y - size * 0.55, x + size * 0.8, y], fill="#3b2f2f")


def landscape(seed, width=1600, height=900):
    """Return (JPEG bytes, description) of a rural landscape drawn from the seed."""
    rng = random.Random(seed)
    sky_top, sky_bottom, sea, near, far, accent = rng.choice(PALETTES)
    scene, kind = rng.choice(SCENES)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.48, 0.6))
    _vertical_gradient(draw, width, horizon, sky_top, sky_bottom)
    sun_x, sun_r = rng.randint(width // 6, width * 5 // 6), rng.randint(50, 90)
    draw.ellipse(
        [sun_x - sun_r, horizon * 0.35 - sun_r, sun_x + sun_r, horizon * 0.35 + sun_r],
        fill="#fff4d6",
    )
    for _ in range(rng.randint(2, 4)):
        cx, cy = rng.randint(0, width), rng.randint(40, horizon // 2)
        for dx in (-60, 0, 55):
            draw.ellipse([cx + dx - 70, cy - 30, cx + dx + 70, cy + 30], fill="#ffffff")
    points = [(0, horizon)]
    for x in range(0, width + 80, 80):
        points.append((x, horizon - rng.randint(20, 90)))
    points += [(width, horizon), (width, height), (0, height)]
    draw.polygon(points, fill=far)
    if kind in ("sea", "lake"):
        draw.rectangle([0, horizon, width, height], fill=sea)
        for _ in range(40):
            wx, wy = rng.randint(0, width), rng.randint(horizon + 10, height)
            draw.line(
                [(wx, wy), (wx + rng.randint(20, 60), wy)], fill="#d8e6ee", width=2
            )
        shore = int(height * 0.82)
        draw.polygon(
            [
                (0, shore),
                (width * 0.55, shore - 30),
                (width, shore + 10),
                (width, height),
                (0, height),
            ],
            fill=near,
        )
        base = shore
    else:
        draw.rectangle([0, horizon, width, height], fill=near)
        for row in range(6):
            y = horizon + row * (height - horizon) // 6
            draw.line([(0, y), (width, y + 40)], fill=far, width=3)
        base = int(height * 0.78)
    for _ in range(rng.randint(3, 6)):
        size = rng.randint(45, 80)
        _house(
            draw,
            rng.randint(40, width - 160),
            base - rng.randint(0, 20),
            size,
            rng.choice(["#c8553d", "#f3efe6", "#e3b23c", "#8c2f39"]),
            "#3b3b46",
        )
    if kind == "hills":
        cx = rng.randint(width // 4, width * 3 // 4)
        draw.rectangle([cx, base - 160, cx + 70, base], fill="#f3efe6")
        draw.polygon(
            [(cx - 5, base - 160), (cx + 35, base - 240), (cx + 75, base - 160)],
            fill=accent,
        )
    for _ in range(rng.randint(6, 14)):
        tx, ty = rng.randint(0, width), base + rng.randint(-10, 60)
        draw.polygon([(tx, ty - 110), (tx - 35, ty), (tx + 35, ty)], fill="#2f4f3a")
    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue(), f"Illustration: {scene}"


def logo(text, seed, size=400):
    """Return PNG bytes of a simple round logo with the organisation's initials."""
    rng = random.Random(seed)
    palette = rng.choice(PALETTES)
    image = Image.new("RGB", (size, size), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.ellipse([16, 16, size - 16, size - 16], fill=palette[2])
    letters = "".join(word[0] for word in text.split() if word[:1].isalpha())[
        :3
    ].upper()
    face = font(size // (3 if len(letters) < 3 else 4), bold=True)
    draw.text((size / 2, size / 2), letters, font=face, fill="#ffffff", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
