s = 'héllo' $ 1
