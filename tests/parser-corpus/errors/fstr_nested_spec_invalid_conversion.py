x = f'{a!r:{b!q}}'
