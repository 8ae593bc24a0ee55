#!/usr/bin/env python3
"""Draws the add-in icons (assets/icon-<size>.png): a green rounded square with "SKJ"."""
import os
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

for size in (16, 32, 64, 80, 128):
    scale = 4  # draw large, then downsample for smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, s - 1, s - 1], radius=s // 6, fill=(16, 124, 65, 255))
    text = "SKJ" if size >= 32 else "S"
    font = ImageFont.truetype(FONT, int(s * (0.36 if size >= 32 else 0.7)))
    box = d.textbbox((0, 0), text, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    d.text(((s - w) / 2 - box[0], (s - h) / 2 - box[1]), text, font=font, fill=(255, 255, 255, 255))
    img.resize((size, size), Image.LANCZOS).save(os.path.join(OUT, f"icon-{size}.png"))
    print(f"icon-{size}.png")
